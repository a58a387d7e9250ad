import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { TRADE_GAP_TOPIC, tradeGapRulebook } from '../rules/testing/trade-gap-rulebook.js';
import type { StrictestWhatIf } from '../rules/strictest-what-if.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

const SAMPLE = fileURLToPath(
  new URL('../../src/ingest/testing/data/MIRROR-DOTS-imf-gfi-andean-2017.csv', import.meta.url),
);

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

describeEachEngine('veta rules what-if', (engine) => {
  it('counts per country the alerts each strictest rule would raise, as a table or JSON, storing none', async () => {
    const db = dbArgs(await engine.createTarget());
    assert.equal((await runVeta([...db, 'ingest', '--profile', 'MIRROR-DOTS', SAMPLE])).code, 0);
    const file = join(mkdtempSync(join(tmpdir(), 'veta-rules-')), 'trade-gap.yaml');
    writeFileSync(file, stringify(tradeGapRulebook()));
    const args = [...db, 'rules', 'what-if', '--on', '2024-06-01', '--rules', file];

    const json = await runVeta([...args, '--json']);
    assert.equal(json.code, 0, json.stderr);
    const view = JSON.parse(json.stdout) as StrictestWhatIf;
    const gap = view.candidates.find((candidate) => candidate.topic.id === TRADE_GAP_TOPIC);
    assert.ok(gap);
    assert.ok(
      (gap.countries.PE?.strictest ?? 0) > (gap.countries.PE?.now ?? 0),
      JSON.stringify(gap.countries),
    );
    assert.equal(gap.countries.CO?.strictest, gap.countries.CO?.now);

    const text = await runVeta(args);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^What if the region adopted the strictest rule: rules in force on 2024-06-01/);
    const pe = gap.countries.PE;
    assert.ok(pe);
    const difference = `+${String(pe.strictest - pe.now)}`;
    assert.match(
      text.stdout,
      new RegExp(
        `Trade gap the authority must review[^]*?\\n  PE +${String(pe.now)} +${String(pe.strictest)} +\\${difference}\\n`,
      ),
    );
    assert.match(text.stdout, /Mercury is banned in mining[^]*?No detector reads this rule yet/);
    assert.match(text.stderr, /What if/);
    const alerts = JSON.parse((await runVeta([...db, 'alerts'])).stdout) as unknown[];
    assert.deepEqual(alerts, []);
  });
});
