// Number and text formatting shared by the renderers. Past CHANGE_CAP (+1000%) a percentage says
// only "very large": printed as a phrase, never as digits.
import { CHANGE_CAP } from '../core/metrics.ts';
import { fixed, formatChange } from '../core/format.ts';

// How a change and a name are said is shared with the judgement's summary line (core/format.ts).
export { formatChange, formatPercent, shortenMiddle } from '../core/format.ts';

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
  // Past either end counts as a space: the text's ends are word boundaries.
  const spaceAt = (i: number): boolean => {
    const c = chars[i];
    return c === undefined || /\s/.test(c);
  };
  let h = head;
  if (!spaceAt(h)) while (h > 0 && !spaceAt(h - 1)) h--;
  let t = chars.length - tail;
  if (!spaceAt(t - 1)) while (t < chars.length && !spaceAt(t)) t++;
  return `${chars.slice(0, h).join('').trimEnd()} … ${chars.slice(t).join('').trimStart()}`.trim();
}
