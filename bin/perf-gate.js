#!/usr/bin/env node
// The installed command: the bundled CLI (dist/cli/, built by `npm run build`). Plain JavaScript with
// no dependencies, so that it runs on any Node and can say which one it needs.
import module from 'node:module';

const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  process.stderr.write(`perf-gate: needs Node 20 or newer (this is Node ${process.versions.node})\n`);
  process.exit(2);
}
// Node 22.1+ keeps the bundle's compiled code on disk (in the OS temp directory), so every command
// after the first skips compiling it: most of the CLI's start-up time. NODE_DISABLE_COMPILE_CACHE=1
// turns it off. The bundle is imported only after this, so that it is covered too.
module.enableCompileCache?.();

const { runCli } = await import('../dist/cli/index.js');
await runCli();
