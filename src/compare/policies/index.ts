// The policy registry: adding a policy is one file in this folder and one line here.
import { InputError } from '../../core/errors.ts';
import type { ComparePolicy } from '../../core/types.ts';
import { noisePolicy } from './noise.ts';
import { percentagePolicy } from './percentage.ts';

/** What a policy is built from: the config's `policy` section (any object with these fields). */
export interface PolicyOptions {
  name: string;
  /** Suite-wide confidence, e.g. 0.95. */
  confidence: number;
  /** The share of the threshold a worsening must be shown to exceed. */
  shownFraction: number;
}

export const POLICIES: Record<string, (options: PolicyOptions) => ComparePolicy> = {
  noise: (o) => noisePolicy({ confidence: o.confidence, shownFraction: o.shownFraction }),
  percentage: () => percentagePolicy(),
};

export const POLICY_NAMES = Object.keys(POLICIES);

/** The policy a (validated) config names. Throws InputError for an unknown name. */
export function createPolicy(config: PolicyOptions): ComparePolicy {
  const make = Object.hasOwn(POLICIES, config.name) ? POLICIES[config.name] : undefined;
  if (!make) {
    throw new InputError(`policy.name: unknown policy "${config.name}"; expected one of ${POLICY_NAMES.join(', ')}`);
  }
  return make(config);
}

export { noisePolicy, percentagePolicy };
