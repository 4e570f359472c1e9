// Starts a measure worker: `node src/measure/worker-main.ts <request.json>` (tests and dev runs; the
// bundle starts workers through its own entry point instead).
import { runWorker } from './worker.ts';

await runWorker(process.argv.slice(2));
