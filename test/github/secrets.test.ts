import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/core/escape.ts';
import { MARKDOWN_REDACTED, redactor, secretValues } from '../../src/github/secrets.ts';

describe('secretValues', () => {
  it("takes the Action's tokens and every credential-named variable of the workflow, not its settings", () => {
    const env = {
      'INPUT_GITHUB-TOKEN': 'ghs_inputTokenValue000000000000000000',
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-value-1234',
      NPM_TOKEN: 'npm_0123456789abcdef',
      AWS_SECRET_ACCESS_KEY: 'aws/secret/key/value',
      DEPLOY_KEY: 'deploy-key-value',
      INPUT_CONFIG: 'perf-gate.yml',
      INPUT_THRESHOLD: '10percent',
      HOME: '/home/runner/work',
      SHORT_TOKEN: 'abc',
      DATABASE_URL: 'postgres://app:s3cret-db-password@db.internal:5432/app',
      SITE_URL: 'https://example.org/path',
    };
    const values = secretValues(env);
    expect(values).toEqual(
      expect.arrayContaining([
        'ghs_inputTokenValue000000000000000000',
        'runtime-token-value-1234',
        'npm_0123456789abcdef',
        'aws/secret/key/value',
        'deploy-key-value',
        's3cret-db-password',
      ]),
    );
    expect(values.some((v) => v.includes('example.org'))).toBe(false);
    expect(values).not.toContain('perf-gate.yml');
    expect(values).not.toContain('10percent');
    expect(values).not.toContain('/home/runner/work');
    expect(values).not.toContain('abc');
  });
});

describe('redactor', () => {
  it('replaces a secret in every form perf-gate writes it', () => {
    const secret = 'npm_secret_value_1234';
    const redact = redactor([secret]);
    expect(redact(`thrown: ${secret}`)).toBe('thrown: ***');
    expect(redact(JSON.stringify({ error: `x ${secret}` }))).toBe(JSON.stringify({ error: 'x ***' }));
    expect(redactor([secret], MARKDOWN_REDACTED)(`| ${escapeMarkdown(secret)} |`)).toBe(`| ${MARKDOWN_REDACTED} |`);
  });
});
