// Hostile inputs of the security issue's list through the Action bundle (dist/index.js, with
// loopback fakes of GitHub and the cache service): see cases.ts. The red-teamer's own Action cases
// are in action-own.test.ts. Run `npm run build` first when src/ changed; the runner waits for a
// build in progress to finish and runs a private copy of the bundle.
import { hostileSuite } from './define.ts';

hostileSuite('hostile inputs, Action (the issue)', (c) => c.action !== undefined && c.item !== 'own');
