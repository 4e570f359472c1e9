// The names `policy.name` and `--policy` accept. A module of its own so that the CLI's entry can
// validate and describe `--policy` without loading the config schema; the policy registry
// (src/compare/policies/index.ts) holds exactly these, which a test checks.
export const POLICY_NAMES = ['noise', 'percentage'] as const;
