// Which Node a feature needs, said in one line instead of Node's own error.
import { describe, expect, it } from 'vitest';
import {
  globUnsupportedError,
  isTypeScriptFile,
  parseNodeVersion,
  stripsTypesByDefault,
  typeScriptImportError,
} from '../../src/core/node-support.ts';

const unknownExtension = Object.assign(new TypeError('Unknown file extension ".ts" for /p/b.bench.ts'), { code: 'ERR_UNKNOWN_FILE_EXTENSION' });

describe('node support', () => {
  it('parses versions with or without the v', () => {
    expect(parseNodeVersion('v20.20.2')).toEqual([20, 20, 2]);
    expect(parseNodeVersion('22.18.0')).toEqual([22, 18, 0]);
  });

  it('knows from which versions Node strips types without a flag', () => {
    for (const v of ['20.20.2', '22.6.0', '22.17.1', '23.0.0', '23.5.0']) expect(stripsTypesByDefault(v), v).toBe(false);
    for (const v of ['22.18.0', '22.21.1', '23.6.0', '24.0.0', '26.1.0']) expect(stripsTypesByDefault(v), v).toBe(true);
  });

  it('recognises TypeScript module files', () => {
    for (const f of ['b.bench.ts', 'x.mts', 'x.cts', 'X.TS']) expect(isTypeScriptFile(f), f).toBe(true);
    for (const f of ['b.bench.js', 'x.mjs', 'ts', 'x.tsx.js']) expect(isTypeScriptFile(f), f).toBe(false);
  });

  it('explains a .ts file that Node cannot import in one line naming the Node needed', () => {
    const message = typeScriptImportError('/p/b.bench.ts', unknownExtension, '20.20.2');
    expect(message).toBe(
      'a TypeScript benchmark needs Node 22.18 or newer (this is Node 20.20.2): run perf-gate with a newer Node, or point the benchmark at compiled JavaScript',
    );
    expect(message).not.toContain('\n');
  });

  it('leaves every other import failure to its own message', () => {
    expect(typeScriptImportError('/p/b.bench.mjs', unknownExtension, '20.20.2')).toBeUndefined();
    const syntax = Object.assign(new SyntaxError('Unexpected token'), { code: undefined });
    expect(typeScriptImportError('/p/b.bench.ts', syntax, '24.0.0')).toBeUndefined();
    expect(typeScriptImportError('/p/b.bench.ts', new Error('boom'), '20.20.2')).toBeUndefined();
    expect(typeScriptImportError('/p/b.bench.ts', null, '20.20.2')).toBeUndefined();
  });

  it('says nothing about globs where fs.globSync exists (this test runs on the project Node, 24)', () => {
    expect(globUnsupportedError('results/*.json')).toBeUndefined();
  });
});
