// The README's tables of the Action's inputs and outputs must say what action.yml says: every input
// and output, no others, and each input's default as action.yml gives it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { at } from '../helpers/assert.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const action = parseYaml(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};

/** The rows of the markdown table under `heading`: first cell without its backticks → the other cells. */
function tableUnder(markdown: string, heading: string): Map<string, string[]> {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start === -1) throw new Error(`no heading "${heading}"`);
  const rows = new Map<string, string[]>();
  const after = lines.slice(start + 1);
  const header = after.findIndex((line) => line.startsWith('|'));
  if (header === -1) throw new Error(`no table under "${heading}"`);
  // The header row and the |---| row come first.
  for (const line of after.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
    rows.set(at(cells, 0).replace(/^`|`$/g, ''), cells.slice(1));
  }
  return rows;
}

describe('README: the Action inputs and outputs', () => {
  const inputs = tableUnder(readme, '### Inputs');
  const outputs = tableUnder(readme, '### Outputs');

  it('lists exactly the inputs of action.yml', () => {
    expect([...inputs.keys()].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('gives each input the default of action.yml', () => {
    for (const [name, def] of Object.entries(action.inputs)) {
      const shown = inputs.get(name)?.[0] ?? '';
      if (def.default === undefined || def.default === '') expect(shown, name).toMatch(/empty/);
      else expect(shown, name).toBe(`\`${def.default}\``);
    }
  });

  it('lists exactly the outputs of action.yml', () => {
    expect([...outputs.keys()].sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('reads the tables it checks (a table with a wrong default is caught)', () => {
    const wrong = '### Inputs\n\n| input | default | what |\n|---|---|---|\n| `keep` | `10` | runs kept |\n';
    expect(tableUnder(wrong, '### Inputs').get('keep')?.[0]).toBe('`10`');
    expect(() => tableUnder(wrong, '### Outputs')).toThrow(/no heading/);
  });
});
