// The study's slowdown switch. PERF_GATE_STUDY_SLOW="loop-sum=1.10,json-roundtrip=1.25" makes those
// benchmarks do 10% and 25% more real work per call (more loop iterations or more work units: never a
// sleep), so perf-gate sees the kind of slowdown a code change causes.
export function slowFactor(name) {
  const spec = process.env.PERF_GATE_STUDY_SLOW ?? '';
  for (const part of spec.split(',')) {
    const [key, value] = part.split('=');
    if (key?.trim() === name) {
      const f = Number(value);
      if (!(f > 0)) throw new Error(`PERF_GATE_STUDY_SLOW: bad factor for ${name}: ${value}`);
      return f;
    }
  }
  return 1;
}

/** Units of work per call: `base` scaled by the factor (base 40 gives 2.5% steps). */
export function units(name, base) {
  return Math.round(base * slowFactor(name));
}

/** A deterministic generator, so every process builds the same data. */
export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Somewhere for results to go, so the work cannot be optimised away. */
export const sink = { value: 0 };
