// What the statistical policies (noise, paired) share: their common options' defaults and the check
// of the suite-wide confidence. Not a policy: the registry (index.ts) does not list it.

/** The share of the threshold a worsening must be shown to exceed before it is a regression. */
export const DEFAULT_SHOWN_FRACTION = 0.5;
/** Power used for the minimum detectable change. */
export const DEFAULT_POWER = 0.8;
/** Smallest relative noise ever assumed, for measurement and timer resolution (0.1%). */
export const DEFAULT_NOISE_FLOOR = 0.001;

/** The suite-wide confidence, checked: 1 − the chance of any false "slower" claim, in (0, 1). */
export function checkedConfidence(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  return confidence;
}
