// Hostile inputs through the Action bundle (dist/index.js, with loopback fakes of GitHub and the
// cache service): see cases.ts. Run `npm run build` first when src/ changed.
import { existsSync } from 'node:fs';
import { hostileSuite } from './define.ts';
import { BUNDLE } from './run.ts';

if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build`);
hostileSuite('hostile inputs, Action', (c) => c.action !== undefined);
