import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVeta } from './testing/run-veta.js';

interface ComparisonJson {
  day: string;
  topics: {
    topic: { id: string };
    countries: Record<string, { verified: boolean } | null>;
    greyZone: unknown;
  }[];
}

describe('veta rules compare', () => {
  it('gives the four countries side by side for every topic, as JSON when asked', async () => {
    const run = await runVeta(['rules', 'compare', '--on', '2024-03-01', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout) as ComparisonJson;
    assert.equal(result.day, '2024-03-01');
    assert.ok(
      result.topics.some((topic) => topic.topic.id === 'ML_PREDICATE_OFFENCE' && topic.greyZone !== null),
    );
    for (const topic of result.topics)
      assert.deepEqual(Object.keys(topic.countries), ['PE', 'CO', 'EC', 'BO']);
    const text = await runVeta(['rules', 'compare', '--on', '2024-03-01']);
    assert.match(text.stdout, /^Rules in force on 2024-03-01\n/);
  });

  it('refuses a day that is not one, and a draft rulebook with a mistake, naming it', async () => {
    const day = await runVeta(['rules', 'compare', '--on', '2024-13-01']);
    assert.equal(day.code, 2);
    assert.match(day.stderr, /--on 2024-13-01 is not a day/);
    const file = join(mkdtempSync(join(tmpdir(), 'veta-rules-')), 'draft.yaml');
    writeFileSync(file, 'version: 0.1.0\ntopics: []\nrules: {}\n');
    const draft = await runVeta(['rules', 'compare', '--rules', file]);
    assert.equal(draft.code, 1);
    assert.match(draft.stderr, /RULEBOOK_INVALID: The rulebook .*draft\.yaml has mistakes: \/topics/);
  });
});
