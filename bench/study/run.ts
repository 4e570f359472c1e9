// `npm run study`: the gate-quality studies, each driving the real CLI as a user does.
//
//   npm run study [options]              A/B and cached-baseline modes (modes.ts): docs/study.md
//   npm run study -- policies [options]  the noise-aware vs percentage rule study (policies.ts)
//   npm run study -- render FILE         docs/study.md again from a modes study's raw results
//
// `--help` after any of them lists its options.
import { main as modes, renderMain } from './modes.ts';
import { main as policies } from './policies.ts';

const [first, ...rest] = process.argv.slice(2);
if (first === 'policies') policies(rest);
else if (first === 'render') renderMain(rest);
else modes(process.argv.slice(2));
