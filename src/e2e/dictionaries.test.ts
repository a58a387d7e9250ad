import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const DICTIONARIES = new URL('../../web/src/i18n/', import.meta.url);
const SOURCES = new URL('../../web/src/', import.meta.url);

/** Every key of a nested dictionary, as dotted paths ("alerts.title"). */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

function dictionary(language: string): unknown {
  return JSON.parse(readFileSync(new URL(`${language}.json`, DICTIONARIES), 'utf8'));
}

/** The literal keys the web app's code asks for: t('alerts.title'). */
function keysUsed(): string[] {
  return readdirSync(SOURCES, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .flatMap((file) => [
      ...readFileSync(new URL(file, SOURCES), 'utf8').matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z.]+)'/g),
    ])
    .map((match) => match[1] ?? '');
}

describe('the web application’s dictionaries', () => {
  it('have the same keys in Spanish and English, so neither language shows a bare key', () => {
    const es = keysOf(dictionary('es')).sort();
    const en = keysOf(dictionary('en')).sort();
    assert.deepEqual(
      es.filter((key) => !en.includes(key)),
      [],
      'keys only in es.json',
    );
    assert.deepEqual(
      en.filter((key) => !es.includes(key)),
      [],
      'keys only in en.json',
    );
    assert.ok(es.length > 100);
  });

  it('hold every key the code asks for (a plural key as key_one and key_other)', () => {
    const known = new Set(keysOf(dictionary('es')).map((key) => key.replace(/_(one|other)$/, '')));
    const used = keysUsed();
    assert.ok(used.length > 100, `found ${used.length} keys in the code`);
    assert.deepEqual([...new Set(used.filter((key) => !known.has(key)))], []);
  });
});
