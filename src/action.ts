// The Action's entry point (bundled to dist/index.js). The bundle is also the measuring worker: the
// engine spawns `node dist/index.js __perf-gate-worker`, so one file serves both roles.
import { fileURLToPath } from 'node:url';
import * as core from './github/workflow-commands.ts';
import { actionsCacheClient } from './baseline/cache-store.ts';
import { errorMessage } from './core/errors.ts';
import { createIssueCommentsApi, retryOptionsFromEnv } from './github/api.ts';
import { readRunContext } from './github/context.ts';
import { packageVersion } from './core/version.ts';
import { WORKER_ARG } from './measure/protocol.ts';
import { readInputs } from './github/inputs.ts';
import { coreIO } from './github/io.ts';
import { runAction } from './github/run.ts';

async function main(): Promise<number> {
  const self = fileURLToPath(import.meta.url);
  try {
    const inputs = readInputs(process.env);
    const ctx = readRunContext(process.env);
    const result = await runAction(inputs, ctx, {
      env: process.env,
      io: coreIO(process.env),
      // The engine (config loader with yaml, pipeline, renderers) is most of the bundle: loaded after the first log line.
      engine: async () => (await import('./github/engine.ts')).realEngine({ workerCommand: [process.execPath, self, WORKER_ARG], version: packageVersion(import.meta.url), ctx }),
      cache: actionsCacheClient,
      github: (o) => createIssueCommentsApi({ ...o, retry: retryOptionsFromEnv(process.env) }),
    });
    return result.exitCode;
  } catch (err) {
    core.setOutput('verdict', 'error');
    core.setFailed(`perf-gate: ${errorMessage(err).split('\n')[0]}`);
    return 1;
  }
}

if (process.argv[2] === WORKER_ARG) {
  const { runWorker } = await import('./measure/index.ts');
  await runWorker(process.argv.slice(3));
} else {
  const code = await main();
  // Exit now: a cache request abandoned after its timeout must not keep the step alive.
  process.exit(code);
}
