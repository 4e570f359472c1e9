// The secrets a run holds (the github-token input, the runner's cache and OIDC tokens): masked before
// anything is logged, and replaced by `***` in everything perf-gate writes. Benchmark code must never
// see them (the measuring children get an allow-listed environment); this is the layer behind that,
// for a value that reaches an error text anyway. The runner's masking covers the log only, and only
// the exact value: a markdown-escaped `ghs\_…` in the comment or the summary passes it.
import { escapeMarkdown } from '../report/format.ts';
import { isSecretName } from '../measure/environment.ts';

/** Environment variables whose values are secrets the Action holds. */
export const SECRET_ENV = ['INPUT_GITHUB-TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'] as const;

/** Values shorter than this are not treated as secrets (masking `t` would hide every t in the log). */
const MIN_SECRET_LENGTH = 8;

/** GitHub token formats (`ghs_…`, `ghp_…`, `github_pat_…`), raw or markdown-escaped. */
const GITHUB_TOKEN_SHAPE = /\b(?:gh[opsur]|github(?:\\?_)pat)(?:\\?_)[A-Za-z0-9_\\]{20,}/g;

/**
 * The secret values in reach of this run: the Action's own tokens, every variable the workflow set
 * whose name says it is a credential (`NPM_TOKEN`, `AWS_SECRET_ACCESS_KEY` …), and the password of
 * any URL in the environment (`DATABASE_URL=postgres://app:PASSWORD@db/app`). Benchmark code
 * can reach those through `passEnv` in a pull request's config, or by reading perf-gate's own
 * environment from /proc, so what it reports is redacted from every output. The Action's other
 * inputs (`INPUT_CONFIG` …) are settings, not secrets.
 */
export function secretValues(env: NodeJS.ProcessEnv): string[] {
  const values: string[] = [];
  const add = (value: string | undefined) => {
    const v = value?.trim();
    if (v && v.length >= MIN_SECRET_LENGTH && !values.includes(v)) values.push(v);
  };
  for (const name of SECRET_ENV) add(env[name]);
  for (const [name, value] of Object.entries(env)) {
    if (isSecretName(name) && !name.toUpperCase().startsWith('INPUT_')) add(value);
    // A secret under a plain name is usually a URL carrying a password (DATABASE_URL, REDIS_URL).
    else if (value) for (const m of value.matchAll(URL_PASSWORD)) add(m[1]);
  }
  return values;
}

/** The password of a URL's user information: `scheme://user:PASSWORD@host`. */
const URL_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:([^\s/@]+)@/gi;

/** The forms a value takes in what perf-gate writes: as is, markdown-escaped, JSON-escaped. */
function forms(value: string): string[] {
  const all = [value, escapeMarkdown(value), JSON.stringify(value).slice(1, -1)];
  return [...new Set(all)].sort((a, b) => b.length - a.length);
}

/**
 * A function replacing every form of every secret (and anything shaped like a GitHub token) by
 * `replacement`: `***` as the runner writes it in a log, `\*\*\*` in markdown.
 */
export function redactor(secrets: readonly string[], replacement = '***'): (text: string) => string {
  const patterns = secrets.filter((s) => s.length >= MIN_SECRET_LENGTH).flatMap(forms);
  return (text) => {
    let out = text;
    for (const p of patterns) if (out.includes(p)) out = out.split(p).join(replacement);
    return out.replace(GITHUB_TOKEN_SHAPE, replacement);
  };
}

export const MARKDOWN_REDACTED = '\\*\\*\\*';
