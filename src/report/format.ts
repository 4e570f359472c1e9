// Number and text formatting shared by the renderers.

// Past CHANGE_CAP (+1000%) a percentage says only "very large": printed as a phrase, never as digits.
import { CHANGE_CAP } from '../core/metrics.ts';

/**
 * A number in fixed notation with `digits` decimals: never exponent notation (`toFixed` switches to
 * it from 1e21 on), never `-0`.
 */
export function fixed(value: number, digits: number): string {
  if (Math.abs(value) >= 1e21) return BigInt(Math.round(value)).toString();
  const text = value.toFixed(digits);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** 0.1 → "10%", 0.125 → "12.5%"; past ±1000% "more than 1000%". */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '—';
  if (Math.abs(fraction) > CHANGE_CAP) return `${fraction < 0 ? 'less than −' : 'more than '}${CHANGE_CAP * 100}%`;
  const p = fraction * 100;
  const digits = Math.abs(p) >= 10 || Number.isInteger(p) ? 0 : 1;
  return `${fixed(Number(p.toFixed(digits)), digits).replace(/\.0$/, '')}%`;
}

/** A signed relative change: +12.3%, −4.0%, ±0.0%; "more than +1000%" past the cap; "—" when unknown. */
export function formatChange(change: number | null | undefined): string {
  if (change === null || change === undefined || Number.isNaN(change)) return '—';
  if (change > CHANGE_CAP) return `more than +${CHANGE_CAP * 100}%`;
  if (change < -CHANGE_CAP) return `less than −${CHANGE_CAP * 100}%`;
  const p = change * 100;
  const text = Math.abs(p) >= 1000 ? fixed(Math.abs(p), 0) : fixed(Math.abs(p), 1);
  if (Number(text) === 0) return '±0.0%';
  return `${p > 0 ? '+' : '−'}${text}%`;
}

/** A confidence interval of a change; a bound past the cap says only ">+1000%" (or "<−1000%"). */
export function formatInterval(interval: [number, number] | undefined): string {
  if (!interval) return '';
  const bound = (x: number) =>
    x > CHANGE_CAP ? `>+${CHANGE_CAP * 100}%` : x < -CHANGE_CAP ? `<−${CHANGE_CAP * 100}%` : formatChange(x);
  return `[${bound(interval[0])}, ${bound(interval[1])}]`;
}

const TIME_UNITS: Array<[string, number]> = [
  ['s', 1e9],
  ['ms', 1e6],
  ['µs', 1e3],
  ['ns', 1],
];

/** Past this many of the largest unit (a million seconds, a million G…) a value is phrased, not printed. */
const VALUE_CAP = 1e6;

function significant(v: number): string {
  const a = Math.abs(v);
  if (a >= VALUE_CAP) return `more than ${v < 0 ? '−' : ''}${VALUE_CAP}`;
  if (a >= 100) return fixed(v, 0);
  if (a >= 10) return fixed(v, 1);
  return fixed(v, 2);
}

/** A value in its canonical unit, scaled for reading: 1234567 ns → "1.23 ms", 12345 ops/s → "12.3k ops/s". */
export function formatValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (unit === 'ns') {
    for (const [name, scale] of TIME_UNITS) {
      if (Math.abs(value) >= scale || name === 'ns') return `${significant(value / scale)} ${name}`;
    }
  }
  if (unit === 'B') {
    const units: Array<[string, number]> = [['GiB', 2 ** 30], ['MiB', 2 ** 20], ['KiB', 2 ** 10]];
    for (const [name, scale] of units) if (Math.abs(value) >= scale) return `${significant(value / scale)} ${name}`;
    return `${significant(value)} B`;
  }
  const suffixes: Array<[string, number]> = [['G', 1e9], ['M', 1e6], ['k', 1e3]];
  for (const [name, scale] of suffixes) {
    if (Math.abs(value) >= scale) return `${significant(value / scale)}${name} ${unit}`.trimEnd();
  }
  return `${significant(value)} ${unit}`.trimEnd();
}

// The markdown escaping lives with the other escaping functions; re-exported for the renderers.
export { escapeMarkdown } from '../core/escape.ts';

/** Shortens text to at most `max` characters, marking the cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/**
 * Shortens a long name for display, keeping both ends (a suite prefix and a case suffix are what
 * tell names apart): the first `head` and the last `tail` characters around an ellipsis. Counts code
 * points, so a surrogate pair is never split.
 */
export function shortenMiddle(text: string, head = 60, tail = 20): string {
  const chars = Array.from(text);
  if (chars.length <= head + tail + 1) return text;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

/** A short stable tag of a string (FNV-1a, 6 hex digits), to tell apart names shortened alike. */
export function shortTag(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

/**
 * Shortens free text (an error, a note, a warning) like `shortenMiddle`, but never through a word:
 * a run of non-space characters the cut would split is left out whole. A secret in an error text is
 * then either shown whole, where redaction finds it, or not at all, never as a fragment redaction
 * cannot recognise.
 */
export function shortenText(text: string, head: number, tail: number): string {
  const chars = Array.from(text);
  if (chars.length <= head + tail + 1) return text;
  let h = head;
  if (!/\s/.test(chars[h] ?? ' ')) while (h > 0 && !/\s/.test(chars[h - 1])) h--;
  let t = chars.length - tail;
  if (!/\s/.test(chars[t - 1] ?? ' ')) while (t < chars.length && !/\s/.test(chars[t])) t++;
  return `${chars.slice(0, h).join('').trimEnd()} … ${chars.slice(t).join('').trimStart()}`.trim();
}
