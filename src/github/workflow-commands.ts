// The few runner commands the Action issues (log lines, annotations, groups, masks, outputs, failure),
// written the way the runner reads them: `::name::data` lines on stdout and `name<<delimiter` blocks in
// the GITHUB_OUTPUT file. Same names and behaviour as the @actions/core functions of the same name;
// kept here because @actions/core loads an HTTP client (undici, ~1 MB of bundle) at start-up for OIDC
// tokens the Action never asks for, which more than doubled the time to the Action's first log line.
// Escaping user text against command injection is the caller's job (see core/escape.ts); this module
// only encodes what the runner's protocol itself requires.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/** The runner decodes these three in a command's data; anything else is taken literally. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function issue(command: string, data = ''): void {
  process.stdout.write(`::${command}::${escapeData(data)}${EOL}`);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

/** Shown only when the run has step debug logging on. */
export function debug(message: string): void {
  issue('debug', message);
}

export function notice(message: string): void {
  issue('notice', message);
}

export function warning(message: string): void {
  issue('warning', message);
}

export function error(message: string): void {
  issue('error', message);
}

export function startGroup(name: string): void {
  issue('group', name);
}

export function endGroup(): void {
  issue('endgroup');
}

/** The runner replaces this value by *** wherever it appears in the log from now on. */
export function setSecret(secret: string): void {
  issue('add-mask', secret);
}

/**
 * A step output: a heredoc-style block in the GITHUB_OUTPUT file, delimited by a random line the
 * value cannot contain; without that file (an old runner, a local run), the legacy command.
 */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(EOL);
    process.stdout.write(`::set-output name=${escapeProperty(name)}::${escapeData(value)}${EOL}`);
    return;
  }
  if (!existsSync(file)) throw new Error(`GITHUB_OUTPUT names a file that does not exist: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name}: contains its own delimiter`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Logs the error and makes the step fail when the process exits. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}
