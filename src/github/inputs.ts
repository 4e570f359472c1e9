// The Action's inputs: names in one place (they must match action.yml), read from the environment the
// way the runner passes them (`INPUT_<NAME>`: upper-cased, spaces → `_`, dashes kept), validated into
// one typed object. Nothing here talks to GitHub.
import { InputError } from '../core/errors.ts';

export const INPUT = {
  config: 'config',
  threshold: 'threshold',
  githubToken: 'github-token',
  baselineKey: 'baseline-key',
  comment: 'comment',
  failOnRegression: 'fail-on-regression',
  updateBaseline: 'update-baseline',
  keep: 'keep',
  workingDirectory: 'working-directory',
  against: 'against',
  setup: 'setup',
} as const;

export const OUTPUT = {
  verdict: 'verdict',
  regressions: 'regressions',
  reportJson: 'report-json',
  reportMarkdown: 'report-markdown',
  commentUrl: 'comment-url',
} as const;

export type CommentMode = 'always' | 'on-regression' | 'never';

/** What a pull request is compared with: the cached baseline, or its base commit measured in the same job. */
export type AgainstMode = 'baseline' | 'base';

export interface ActionInputs {
  config: string;
  /** The threshold as written (`10%`), overriding the config's; the config loader parses it. */
  threshold?: string;
  githubToken: string;
  baselineKey: string;
  comment: CommentMode;
  failOnRegression: boolean;
  /** `auto`: on trusted events of the default branch only. */
  updateBaseline: 'auto' | boolean;
  keep: number;
  workingDirectory: string;
  against: AgainstMode;
  /** The command that prepares the base tree (`npm ci && npm run build`), with `against: base`. */
  setup?: string;
}

export const INPUT_DEFAULTS = {
  config: 'perf-gate.yml',
  baselineKey: 'perf-gate',
  comment: 'always',
  failOnRegression: 'true',
  updateBaseline: 'auto',
  keep: '20',
  workingDirectory: '.',
  against: 'baseline',
} as const;

/** The raw value of an input as the runner passes it (empty string when unset). */
export function rawInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function parseBool(text: string, name: string): boolean {
  const t = text.toLowerCase();
  if (['true', 'yes', 'on', '1'].includes(t)) return true;
  if (['false', 'no', 'off', '0'].includes(t)) return false;
  throw new InputError(`input ${name}: expected true or false, got "${text}"`);
}

export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const get = (name: string, fallback: string) => rawInput(env, name) || fallback;

  const threshold = rawInput(env, INPUT.threshold) || undefined;

  const comment = get(INPUT.comment, INPUT_DEFAULTS.comment).toLowerCase();
  if (comment !== 'always' && comment !== 'on-regression' && comment !== 'never') {
    throw new InputError(`input ${INPUT.comment}: expected always, on-regression or never, got "${comment}"`);
  }

  const update = get(INPUT.updateBaseline, INPUT_DEFAULTS.updateBaseline).toLowerCase();
  const updateBaseline = update === 'auto' ? 'auto' : parseBool(update, INPUT.updateBaseline);

  const keepText = get(INPUT.keep, INPUT_DEFAULTS.keep);
  const keep = Number(keepText);
  if (!Number.isInteger(keep) || keep < 1 || keep > 1000) {
    throw new InputError(`input ${INPUT.keep}: expected a whole number from 1 to 1000, got "${keepText}"`);
  }

  const baselineKey = get(INPUT.baselineKey, INPUT_DEFAULTS.baselineKey);
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(baselineKey)) {
    throw new InputError(
      `input ${INPUT.baselineKey}: expected 1-64 letters, digits, dots, dashes or underscores, got "${baselineKey}"`,
    );
  }

  const against = get(INPUT.against, INPUT_DEFAULTS.against).toLowerCase();
  if (against !== 'baseline' && against !== 'base') {
    throw new InputError(
      `input ${INPUT.against}: expected baseline (the cached baseline of the default branch) or base (the pull request's base commit, measured in the same job), got "${against}"`,
    );
  }
  const setup = rawInput(env, INPUT.setup) || undefined;

  return {
    config: get(INPUT.config, INPUT_DEFAULTS.config),
    threshold,
    githubToken: rawInput(env, INPUT.githubToken),
    baselineKey,
    comment,
    failOnRegression: parseBool(get(INPUT.failOnRegression, INPUT_DEFAULTS.failOnRegression), INPUT.failOnRegression),
    updateBaseline,
    keep,
    workingDirectory: get(INPUT.workingDirectory, INPUT_DEFAULTS.workingDirectory),
    against,
    ...(setup ? { setup } : {}),
  };
}
