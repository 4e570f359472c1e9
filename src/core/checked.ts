// Reads whose presence the caller has established: an index kept within bounds, a capture group that
// takes part in every match. A miss is a bug, never data: these throw instead of letting an
// `undefined` travel on.

/** values[i] for an index the caller has kept in bounds. */
export function element<T>(values: ArrayLike<T>, i: number): T {
  const v = values[i];
  if (v === undefined) throw new RangeError(`index ${i} outside an array of ${values.length}`);
  return v;
}

/**
 * The text of capture group `i` of `match`, a group that is not optional (no `?` or `|` around it)
 * and so takes part whenever the pattern matched.
 */
export function captured(match: RegExpExecArray | RegExpMatchArray, i: number): string {
  const text = match[i];
  if (text === undefined) throw new Error(`capture group ${i} took no part in the match`);
  return text;
}
