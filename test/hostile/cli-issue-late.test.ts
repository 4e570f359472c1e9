// Hostile inputs of the security issue's items 6-10 through the CLI (`node src/cli.ts`, real child
// processes): see cases.ts.
import { hostileSuite } from './define.ts';

const EARLY = new Set(['9.1', '9.2', '9.3', '9.4', '9.5']);
hostileSuite('hostile inputs, CLI (the issue, items 6-10)', (c) => c.action === undefined && c.item !== 'own' && !EARLY.has(c.item));
