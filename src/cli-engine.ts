// What the CLI's commands use beyond parsing their arguments: the config loader, the gate and its
// seams' file-based implementations, the documents. src/cli.ts imports this module on first use
// only, so the bundler puts it in a chunk of its own and `perf-gate --help`, `--version` and usage
// errors never load it.
export { readResults, writeJsonAtomic, DEFAULT_KEEP } from './baseline/documents.ts';
export { fileBaselineStore } from './baseline/file-store.ts';
export { loadConfig, parseThreshold } from './config/load.ts';
export { gate } from './gate/gate.ts';
export { givenResults, liveMeasurement } from './gate/measurement.ts';
export { baselineFileNotes, reportFiles, terminalTable } from './gate/publishers.ts';
export { defaultSettings, policyFor, settingsFromConfig } from './gate/settings.ts';
export { machineFingerprint } from './measure/index.ts';
export { abPlan } from './ab/plan.ts';
export { consoleProgress } from './measure/progress.ts';
