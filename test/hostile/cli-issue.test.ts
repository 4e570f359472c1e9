// Hostile inputs of the security issue's list through the CLI (`node src/cli.ts`, real child
// processes): see cases.ts. The red-teamer's own CLI cases are in cli-own.test.ts (one file each
// keeps both well under a minute on a loaded two-core machine).
import { hostileSuite } from './define.ts';

hostileSuite('hostile inputs, CLI (the issue)', (c) => c.action === undefined && c.item !== 'own');
