// The policy registry: adding a policy is one file in this folder and one line here.
import type { PolicyConfig } from '../../config/types.ts';
import { InputError } from '../../core/errors.ts';
import type { ComparePolicy } from '../../core/types.ts';
import { noisePolicy } from './noise.ts';
import { percentagePolicy } from './percentage.ts';

export const POLICIES: Record<string, (options: PolicyConfig) => ComparePolicy> = {
  noise: (o) => noisePolicy({ confidence: o.confidence, shownFraction: o.shownFraction }),
  percentage: () => percentagePolicy(),
};

export const POLICY_NAMES = Object.keys(POLICIES);

/** The policy a (validated) config names. Throws InputError for an unknown name. */
export function createPolicy(config: PolicyConfig): ComparePolicy {
  const make = Object.hasOwn(POLICIES, config.name) ? POLICIES[config.name] : undefined;
  if (!make) {
    throw new InputError(`policy.name: unknown policy "${config.name}"; expected one of ${POLICY_NAMES.join(', ')}`);
  }
  return make(config);
}

export { noisePolicy, percentagePolicy };
