// One escaping function per medium a user-controlled string (a benchmark name, a unit, an error
// text, a config value) can reach. Each is total and idempotent enough to be applied at the sink:
// a string is escaped where it is written, never "pre-escaped" where it is produced.

/** Bidirectional overrides and isolates, zero-width and other format characters that make text read
 *  differently from what it is (U+202E turns `gpj.exe` into what looks like `exe.jpg`). */
const INVISIBLE_FORMAT = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

/** C0 and C1 control characters other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Line breaks, including the Unicode line and paragraph separators some renderers honour. */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/**
 * Characters a culture-aware .NET comparison may skip (marks, format, private-use, unassigned, the
 * Hangul fillers). The runner finds workflow commands with such comparisons, so `#\u034f#[` is `##[`
 * to it, and a line led by one of these still "starts with" `::`.
 */
const SKIPPABLE = '[\\p{M}\\p{C}\\u115f\\u1160\\u3164\\uffa0]*';
const LEGACY_COMMAND = new RegExp(`#${SKIPPABLE}#${SKIPPABLE}\\[`, 'gu');
const LEADS_TO_COMMAND = new RegExp(`^(?:\\s|${SKIPPABLE.slice(0, -1)})*::`, 'u');

/**
 * One log line for a terminal or the Actions runner log: line breaks become a visible `⏎`, control
 * characters (ANSI escapes included) and invisible format characters become `?`, the legacy command
 * form `##[name]` (which the runner obeys anywhere in a line) is broken up as `# #[`, and a line that
 * would start with a workflow command (`::name::`, after leading white space) is prefixed with a
 * visible `» ` so the runner shows it instead of obeying it. The mark has to be visible: an invisible
 * one is skipped by the runner's comparison.
 */
export function escapeLogLine(text: string): string {
  const flat = text
    .replace(LINE_BREAK, ' ⏎ ')
    .replace(CONTROL, '?')
    .replace(INVISIBLE_FORMAT, '?')
    .replace(LEGACY_COMMAND, '# #[');
  return LEADS_TO_COMMAND.test(flat) ? `» ${flat}` : flat;
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

// Markdown. GitHub renders markdown to HTML and then, on the HTML's text, finds @-mentions, #-issue
// references and bare links (`www.x.org`, `http://`, `a@b.org`). A character reference such as
// `&#64;` is decoded before that second pass, so it alone does not stop a mention: a zero-width space
// (written as a reference, so the escaped text itself holds no invisible character) after the `@`,
// the `#` or the scheme's colon, and inside `www.`, breaks every one of those patterns while the text
// still reads the same.
const ZWSP = '&#8203;';

const MARKDOWN_REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '@': `&#64;${ZWSP}`,
  '#': `&#35;${ZWSP}`,
  ':': `&#58;${ZWSP}`,
};

/**
 * What markdown would read as syntax: HTML and table characters, emphasis, code, math and link
 * brackets, mentions and references, and the starts of autolinks (a scheme's `:` before `//`,
 * `mailto:` and `xmpp:`, and `www.` at the start of a word). A plain `:` is left alone.
 */
const MARKDOWN_SYNTAX = /[&<>|@#\\`*_[\]~$]|:(?=\/\/)|(?<=(?:mailto|xmpp)):|(?<![\p{L}\p{N}_])www\./giu;

/**
 * Escapes a user-controlled string (benchmark names, metric names, units, error texts, notes that
 * quote them, config strings) for GitHub markdown, including inside a table cell: one line, no HTML,
 * no emphasis, code, math or links, no table breaks, no @-mentions, #-references or autolinks, and
 * no control or invisible format characters (bidi overrides become `?`).
 */
export function escapeMarkdown(text: string): string {
  // One pass over the characters, so the references it writes are never escaped again.
  return text
    .replace(LINE_BREAK, ' ')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '?')
    .replace(INVISIBLE_FORMAT, '?')
    .replace(MARKDOWN_SYNTAX, (c) => (c.length > 1 ? `${c.slice(0, 3)}${ZWSP}.` : (MARKDOWN_REFERENCES[c] ?? `\\${c}`)));
}

/**
 * The first at most `max` characters of `text`, cut only between words (a run of non-space
 * characters the cut would split is left out whole, and `…` marks the cut). A secret inside the text
 * then survives whole, where redaction recognises it, or not at all: never as a fragment.
 */
export function headBetweenWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(0, max - 1));
  const cut = /\s\S*$/.exec(room);
  return `${(cut ? room.slice(0, cut.index) : '').trimEnd()}…`;
}

/** The last at most `max` characters of `text`, cut only between words (see `headBetweenWords`). */
export function tailBetweenWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(text.length - Math.max(0, max - 1));
  const cut = /^\S*\s/.exec(room);
  return `…${cut ? room.slice(cut[0].length).trimStart() : ''}`;
}
