// A small JSON Schema (draft 2020-12) validator for exactly the keywords perf-gate.schema.json uses,
// so tests can check that the schema and the loader agree without a validator dependency. It throws
// on any keyword it does not know: the schema cannot quietly grow a rule this check ignores.

type Schema = boolean | { [k: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default', '$defs']);
const KNOWN = new Set([
  ...ANNOTATIONS,
  'type', 'enum', '$ref', 'anyOf', 'oneOf', 'allOf', 'if', 'then',
  'properties', 'patternProperties', 'additionalProperties', 'required', 'propertyNames',
  'items', 'minItems', 'uniqueItems', 'minLength', 'pattern',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
]);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeMatches(v: unknown, t: string): boolean {
  const actual = typeOf(v);
  return actual === t || (t === 'number' && actual === 'integer');
}

export function validate(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const resolve = (ref: string): Schema => {
    const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
    const target = name === undefined ? undefined : (root as { $defs?: Record<string, Schema> }).$defs?.[name];
    if (target === undefined) throw new Error(`unresolvable $ref ${ref}`);
    return target;
  };
  const check = (schema: Schema, v: unknown, path: string, out: string[]): void => {
    if (schema === true) return;
    if (schema === false) {
      out.push(`${path}: not allowed`);
      return;
    }
    for (const k of Object.keys(schema)) if (!KNOWN.has(k)) throw new Error(`unsupported keyword ${k} at ${path}`);
    const s = schema as Record<string, any>;
    if (s.$ref) check(resolve(s.$ref), v, path, out);
    if (s.type !== undefined) {
      const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
      if (!types.some((t) => typeMatches(v, t))) {
        out.push(`${path}: expected ${types.join('|')}`);
        return;
      }
    }
    if (s.enum && !s.enum.some((e: unknown) => JSON.stringify(e) === JSON.stringify(v))) out.push(`${path}: not in enum`);
    const sub = (sc: Schema) => {
      const e: string[] = [];
      check(sc, v, path, e);
      return e;
    };
    if (s.anyOf && !s.anyOf.some((sc: Schema) => sub(sc).length === 0)) out.push(`${path}: matches none of anyOf`);
    if (s.oneOf && s.oneOf.filter((sc: Schema) => sub(sc).length === 0).length !== 1) out.push(`${path}: must match exactly one of oneOf`);
    if (s.allOf) for (const sc of s.allOf) check(sc, v, path, out);
    if (s.if !== undefined && sub(s.if).length === 0 && s.then !== undefined) check(s.then, v, path, out);
    if (typeof v === 'number') {
      if (s.minimum !== undefined && v < s.minimum) out.push(`${path}: below minimum`);
      if (s.maximum !== undefined && v > s.maximum) out.push(`${path}: above maximum`);
      if (s.exclusiveMinimum !== undefined && v <= s.exclusiveMinimum) out.push(`${path}: not above exclusiveMinimum`);
      if (s.exclusiveMaximum !== undefined && v >= s.exclusiveMaximum) out.push(`${path}: not below exclusiveMaximum`);
    }
    if (typeof v === 'string') {
      // JSON Schema counts a string's length in code points, which is what iterating a string yields.
      if (s.minLength !== undefined && Array.from(v).length < s.minLength) out.push(`${path}: too short`);
      if (s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(v)) out.push(`${path}: does not match ${s.pattern}`);
    }
    if (Array.isArray(v)) {
      if (s.minItems !== undefined && v.length < s.minItems) out.push(`${path}: too few items`);
      if (s.uniqueItems && new Set(v.map((x) => JSON.stringify(x))).size !== v.length) out.push(`${path}: duplicate items`);
      if (s.items !== undefined) v.forEach((x, i) => { check(s.items, x, `${path}[${i}]`, out); });
    }
    if (typeOf(v) === 'object') {
      const obj = v as Record<string, unknown>;
      for (const r of s.required ?? []) if (!(r in obj)) out.push(`${path}: missing ${r}`);
      for (const [k, x] of Object.entries(obj)) {
        if (s.propertyNames !== undefined) check(s.propertyNames, k, `${path}{${k}}`, out);
        let matched = false;
        if (s.properties && k in s.properties) {
          matched = true;
          check(s.properties[k], x, `${path}.${k}`, out);
        }
        for (const [p, sc] of Object.entries((s.patternProperties ?? {}) as Record<string, Schema>)) {
          if (new RegExp(p, 'u').test(k)) {
            matched = true;
            check(sc, x, `${path}.${k}`, out);
          }
        }
        if (!matched && s.additionalProperties !== undefined) check(s.additionalProperties, x, `${path}.${k}`, out);
      }
    }
  };
  check(root, value, '$', errors);
  return errors;
}
