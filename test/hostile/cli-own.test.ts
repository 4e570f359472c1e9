// A red-teamer's own hostile inputs through the CLI (`node src/cli.ts`, real child processes): see cases.ts.
import { hostileSuite } from './define.ts';

hostileSuite('hostile inputs, CLI (own)', (c) => c.action === undefined && c.item === 'own');
