// Hostile inputs of the security issue's items 1-5 through the CLI (`node src/cli.ts`, real child
// processes): see cases.ts. Items 6-10 are in cli-issue-late.test.ts and the red-teamer's own CLI
// cases in cli-own.test.ts: one file each keeps every file well under a minute on a loaded machine.
import { hostileSuite } from './define.ts';

const EARLY = new Set(['9.1', '9.2', '9.3', '9.4', '9.5']);
hostileSuite('hostile inputs, CLI (the issue, items 1-5)', (c) => c.action === undefined && EARLY.has(c.item));
