// One escaping function per medium a user-controlled string (a benchmark name, a unit, an error
// text, a config value) can reach. Each is total and idempotent enough to be applied at the sink:
// a string is escaped where it is written, never "pre-escaped" where it is produced.

/** Bidirectional overrides and isolates, zero-width and other format characters that make text read
 *  differently from what it is (U+202E turns `gpj.exe` into what looks like `exe.jpg`). */
const INVISIBLE_FORMAT = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

/** C0 and C1 control characters other than tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * One log line for a terminal or the Actions runner log: line breaks become a visible `⏎`, control
 * characters (ANSI escapes included) and invisible format characters become `?`, and a line that
 * would start with a workflow command (`::name::`, or the legacy `##[name]`) is prefixed so the
 * runner shows it instead of obeying it.
 */
export function escapeLogLine(text: string): string {
  const flat = text
    .replace(/\r\n|\r|\n/g, ' ⏎ ')
    .replace(CONTROL, '?')
    .replace(INVISIBLE_FORMAT, '?');
  return /^\s*(::|##\[)/.test(flat) ? `\u2063${flat}` : flat;
}

/** Text for a terminal: like a log line, but line breaks the caller wrote are kept. */
export function escapeTerminal(text: string): string {
  return text.split(/\r\n|\n/).map(escapeLogLine).join('\n');
}

/**
 * A file-name component made from user text: letters, digits, `.`, `_` and `-` only, never `.` or
 * `..`, never empty, at most `max` characters (file systems allow 255 bytes).
 */
export function safeFileName(text: string, max = 100): string {
  const cleaned = text.normalize('NFKC').replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, max);
  return /^\.*$/.test(cleaned) ? `_${cleaned}` : cleaned;
}
