// What the CLI's commands use beyond parsing their arguments: the config loader, the pipeline, the
// documents and the renderers. src/cli.ts imports this module on first use only, so the bundler puts
// it in a chunk of its own and `perf-gate --help`, `--version` and usage errors never load it.
export { appendRun, readBaselineOrResults, readResults, updateBaselineFile, writeJsonAtomic, writeTextAtomic, DEFAULT_KEEP } from './baseline/documents.ts';
export { defaultSettings, compare, failsGate } from './compare/index.ts';
export { createPolicy } from './compare/policies/index.ts';
export { loadConfig, parseThreshold } from './config/load.ts';
export { DEFAULTS } from './config/schema.ts';
export { machineFingerprint } from './measure/index.ts';
export { compareWithConfig, measureAndCompare } from './pipeline.ts';
export { renderJson } from './report/json.ts';
export { renderMarkdown } from './report/markdown.ts';
export { renderTerminal } from './report/terminal.ts';
