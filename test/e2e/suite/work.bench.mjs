// Two tasks doing real work. `slowdown.txt` next to this file (written by the test) multiplies the
// work of `sum`: an injected slowdown, not a sleep.
import { readFileSync } from 'node:fs';

let factor = 1;
try {
  factor = Number(readFileSync(new URL('./slowdown.txt', import.meta.url), 'utf8').trim()) || 1;
} catch {
  factor = 1;
}
const data = Array.from({ length: 2000 }, (_, i) => (i * 7919) % 1000);

export default function work(bench) {
  bench
    .add('sum', () => {
      let s = 0;
      for (let k = 0; k < factor; k++) for (let i = 0; i < data.length; i++) s += data[i];
      return s;
    })
    .add('sort', () => [...data.slice(0, 200)].sort((a, b) => a - b));
}
