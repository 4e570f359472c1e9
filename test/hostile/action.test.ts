// Hostile inputs through the Action bundle (dist/index.js, with loopback fakes of GitHub and the
// cache service): see cases.ts. Run `npm run build` first when src/ changed; the runner waits for a
// build in progress to finish and runs a private copy of the bundle.
import { hostileSuite } from './define.ts';

hostileSuite('hostile inputs, Action', (c) => c.action !== undefined);
