// Lookups and writes on records keyed by user-supplied names (metrics, benchmarks, flags). A plain
// `record[name]` reads through the prototype: a metric named `constructor` or `valueOf` would find
// a function, and a write to `__proto__` would replace the prototype instead of storing a value.

/** The record's own value for `key`; never an inherited member. */
export function ownValue<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Stores `value` as an own, enumerable property, even for `__proto__`. */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Whether the record has `key` of its own. */
export function hasOwnKey(record: object | null | undefined, key: string): boolean {
  return record != null && Object.hasOwn(record, key);
}
