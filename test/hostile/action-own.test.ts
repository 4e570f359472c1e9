// A red-teamer's own hostile inputs through the Action bundle (dist/index.js, loopback fakes): see cases.ts.
import { hostileSuite } from './define.ts';

hostileSuite('hostile inputs, Action (own)', (c) => c.action !== undefined && c.item === 'own');
