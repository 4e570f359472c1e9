// Regenerates perf-gate.schema.json from the key table: `npx node src/config/write-schema.ts`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText } from './schema.ts';

const target = fileURLToPath(new URL('./perf-gate.schema.json', import.meta.url));
writeFileSync(target, jsonSchemaText());
process.stdout.write(`wrote ${target}\n`);
