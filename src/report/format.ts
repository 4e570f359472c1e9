// Number and text formatting shared by the renderers.

/** 0.1 → "10%", 0.125 → "12.5%". */
export function formatPercent(fraction: number): string {
  const p = fraction * 100;
  const digits = Math.abs(p) >= 10 || Number.isInteger(p) ? 0 : 1;
  return `${Number(p.toFixed(digits))}%`;
}

/** A signed relative change: +12.3%, −4.0%, ±0.0%; "—" when unknown. */
export function formatChange(change: number | null | undefined): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return '—';
  const p = change * 100;
  const text = Math.abs(p) >= 1000 ? Math.abs(p).toFixed(0) : Math.abs(p).toFixed(1);
  if (Number(text) === 0) return '±0.0%';
  return `${p > 0 ? '+' : '−'}${text}%`;
}

/** Past this change (+1000%) a bound says only "no idea": printed as ">+1000%", not as 15 digits. */
export const CHANGE_CAP = 10;

export function formatInterval(interval: [number, number] | undefined): string {
  if (!interval) return '';
  const bound = (x: number) => (x > CHANGE_CAP ? `>${formatChange(CHANGE_CAP)}` : formatChange(x));
  return `[${bound(interval[0])}, ${bound(interval[1])}]`;
}

const TIME_UNITS: Array<[string, number]> = [
  ['s', 1e9],
  ['ms', 1e6],
  ['µs', 1e3],
  ['ns', 1],
];

function significant(v: number): string {
  const a = Math.abs(v);
  if (a >= 100) return v.toFixed(0);
  if (a >= 10) return v.toFixed(1);
  return v.toFixed(2);
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

/**
 * Escapes a user-controlled string (benchmark names, error texts, config strings) for GitHub
 * markdown, including inside a table cell: one line, no HTML, no emphasis or links, no table breaks,
 * no @-mentions, #-references or autolinks (those become character references, which render as the
 * same characters but are not recognised as syntax).
 */
const MARKDOWN_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '@': '&#64;',
  '#': '&#35;',
  ':': '&#58;',
};

export function escapeMarkdown(text: string): string {
  // One pass, so the references it writes are never escaped again.
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[&<>|@#:\\`*_{}[\]()!~]/g, (c) => MARKDOWN_ENTITIES[c] ?? `\\${c}`);
}

/** Shortens text to at most `max` characters, marking the cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
