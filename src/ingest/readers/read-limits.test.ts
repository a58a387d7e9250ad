import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isVetaError } from '../../core/veta-error.js';
import {
  DEFAULT_READ_LIMITS,
  READ_LIMIT_SETTINGS,
  readLimitExceeded,
  readLimitsFrom,
} from './read-limits.js';

const CLI = fileURLToPath(new URL('../../../bin/veta.js', import.meta.url));
const SECURITY_DOC = fileURLToPath(new URL('../../../docs/security.md', import.meta.url));

describe('reading limits', () => {
  it('takes each bound from its variable, and its default when the variable is unset or blank', () => {
    const limits = readLimitsFrom({ VETA_MAX_COLUMNS: '12', VETA_MAX_VERTICES: ' ' });
    assert.equal(limits.maxColumns, 12);
    assert.equal(limits.maxVertices, DEFAULT_READ_LIMITS.maxVertices);
    for (const setting of READ_LIMIT_SETTINGS)
      assert.equal(DEFAULT_READ_LIMITS[setting.key], setting.defaultValue, setting.variable);
  });

  it('refuses a value that is not a positive whole number, naming the variable and its default', () => {
    for (const text of ['0', '-5', '1.5', 'many', '1e309']) {
      assert.throws(
        () => readLimitsFrom({ VETA_MAX_FEATURES: text }),
        (error: unknown) =>
          isVetaError(error, 'USAGE') &&
          error.message.includes('VETA_MAX_FEATURES') &&
          error.message.includes('2000000'),
        text,
      );
    }
  });

  it('names the file, what it held, the bound and the variable that raises it', () => {
    const error = readLimitExceeded(
      'padron.csv',
      'maxColumns',
      DEFAULT_READ_LIMITS,
      'row 1 has 3,000 columns',
    );
    assert.equal(error.code, 'READ_LIMIT');
    assert.match(
      error.message,
      /^padron\.csv was not loaded: row 1 has 3,000 columns, past the limit of 2,000 columns/,
    );
    assert.match(error.message, /VETA_MAX_COLUMNS/);
  });

  it('are listed in docs/security.md as the code has them: variable, default and what each bounds', () => {
    const rows = readFileSync(SECURITY_DOC, 'utf8')
      .split('\n')
      .flatMap((line) => {
        const match = /^\|\s*`(VETA_MAX_[A-Z_]+)`\s*\|\s*(\d+)\s*\|\s*(.*?)\s*\|$/.exec(line);
        return match ? [[match[1], Number(match[2]), match[3]]] : [];
      });
    assert.deepEqual(
      rows,
      READ_LIMIT_SETTINGS.map((setting) => [setting.variable, setting.defaultValue, setting.bounds]),
    );
  });

  it('gives a reading thread at most half the heap of the process that holds the database', () => {
    const ceiling = /--max-old-space-size=(\d+)/.exec(readFileSync(CLI, 'utf8'))?.[1];
    assert.ok(ceiling, 'bin/veta.js sets the heap ceiling');
    assert.ok(DEFAULT_READ_LIMITS.maxReadHeapMb <= Number(ceiling) / 2);
  });
});
