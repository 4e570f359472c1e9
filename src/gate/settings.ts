// The judging settings, resolved once from the config (or, for `compare` without one, from the
// config's own defaults) and the entry point's overrides. Every default lives in DEFAULTS
// (config/schema.ts); the lookups that use these settings (threshold and gating per benchmark and
// metric) live in compare/settings.ts.
import type { CompareSettings } from '../compare/index.ts';
import { createPolicy } from '../compare/policies/index.ts';
import { DEFAULTS } from '../config/schema.ts';
import type { Config } from '../config/types.ts';
import type { ComparePolicy } from '../core/types.ts';

/** Settings from a loaded config; `policy` replaces the config's policy (a CLI flag, a test). */
export function settingsFromConfig(config: Config, policy: ComparePolicy = policyFor(config)): CompareSettings {
  return {
    threshold: config.threshold,
    metricThresholds: config.metricThresholds,
    metrics: config.metrics,
    benchmarks: config.benchmarks.map((b) => ({
      name: b.name,
      threshold: b.threshold,
      metricThresholds: b.metricThresholds,
      metrics: b.metrics,
      ...(b.limits ? { limits: b.limits } : {}),
    })),
    policy,
    failOnInconclusive: config.policy.failOnInconclusive,
    ...(config.limits ? { limits: config.limits } : {}),
    confidence: config.policy.confidence,
  };
}

/** Settings with no config: the config's defaults, with `policy` and an optional threshold. */
export function defaultSettings(policy: ComparePolicy, threshold: number = DEFAULTS.threshold): CompareSettings {
  return {
    threshold,
    metricThresholds: {},
    metrics: [...DEFAULTS.metrics],
    benchmarks: [],
    policy,
    failOnInconclusive: DEFAULTS.policy.failOnInconclusive,
    confidence: DEFAULTS.policy.confidence,
  };
}

/** The config's policy, or the one named (a validated policy name) with the config's options. */
export function policyFor(config: Config | null, name?: string): ComparePolicy {
  const options = config?.policy ?? DEFAULTS.policy;
  return createPolicy(name ? { ...options, name } : options);
}
