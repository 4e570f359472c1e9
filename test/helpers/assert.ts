// Narrowing assertions for tests: an index or a lookup that misses fails with a message saying what was
// expected, instead of a TypeError on `undefined` three lines later (and without a `!` that hides it).

type Tuple<T, N extends number, R extends T[] = []> = R['length'] extends N ? R : Tuple<T, N, [T, ...R]>;

/** The value, which must be neither undefined nor null. */
export function defined<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`expected ${what} to be defined, got ${String(value)}`);
  return value;
}

/** The item at `index` (negative counts from the end), which must exist. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items.at(index);
  if (item === undefined) throw new Error(`expected an item at index ${index}, the list has ${items.length}`);
  return item;
}

/** The single item of a list of exactly one. */
export function only<T>(items: readonly T[]): T {
  if (items.length !== 1) throw new Error(`expected exactly one item, got ${items.length}`);
  return at(items, 0);
}

/** A list of exactly `n` items, typed as a tuple so that destructuring it yields no `undefined`. */
export function exactly<T, N extends number>(items: readonly T[], n: N): Tuple<T, N> {
  if (items.length !== n) throw new Error(`expected exactly ${n} items, got ${items.length}`);
  return [...items] as Tuple<T, N>;
}

/** The item whose `name` is `name`, which must be there exactly once. */
export function byName<T extends { name: string }>(items: readonly T[], name: string): T {
  const found = items.filter((item) => item.name === name);
  if (found.length !== 1) {
    throw new Error(`expected one item named ${JSON.stringify(name)}, found ${found.length} among ${items.map((i) => i.name).join(', ') || 'none'}`);
  }
  return at(found, 0);
}

/** The first match of `pattern` in `text`, which must match; its groups are strings. */
export function match(text: string, pattern: RegExp): RegExpMatchArray {
  const m = pattern.exec(text);
  if (m === null) throw new Error(`expected ${String(pattern)} to match ${JSON.stringify(text.slice(0, 200))}`);
  return m;
}

/** Capture group `group` of the first match of `pattern` in `text`, which must be there. */
export function group(text: string, pattern: RegExp, group = 1): string {
  const value = match(text, pattern)[group];
  if (value === undefined) throw new Error(`expected ${String(pattern)} to capture group ${group} in ${JSON.stringify(text.slice(0, 200))}`);
  return value;
}

/** The metric `key` of a benchmark (a result or a report row), which must be there. */
export function metric<T>(benchmark: { name: string; metrics: Record<string, T> }, key: string): T {
  const value = benchmark.metrics[key];
  if (value === undefined) {
    throw new Error(`expected benchmark ${JSON.stringify(benchmark.name)} to have metric ${key}, it has ${Object.keys(benchmark.metrics).join(', ') || 'none'}`);
  }
  return value;
}
