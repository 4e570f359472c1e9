// Typed errors. Entry points print `message` as one line and exit 2 for these; anything else is a
// bug, and its stack is shown only with --debug.

/** Bad usage, config or input: the user can fix it. Exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
}

/** A document (results, baseline, report) that cannot be read. */
export class DocumentError extends InputError {
  override name = 'DocumentError';
}

/** The config file is missing or invalid. */
export class ConfigError extends InputError {
  override name = 'ConfigError';
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
