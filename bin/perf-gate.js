#!/usr/bin/env node
// The installed command: the bundled CLI (built by `npm run build`, committed in dist/cli/).
import { runCli } from '../dist/cli/index.js';

await runCli();
