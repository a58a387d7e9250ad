import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { REGION_COUNTRIES } from '@veta/standard';
import { silentLogger } from '../core/logger.js';
import { builtinCatalogue } from '../detect/catalogue/catalogue.js';
import { runDetection } from '../detect/run-detection.js';
import { ingestFile } from '../ingest/pipeline/ingest-file.js';
import { findProfile, loadProfiles } from '../ingest/profiles/load-profiles.js';
import type { Database } from '../store/engine/database.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { detectionUnder } from './rulebook-thresholds.js';
import { strictestCandidates } from './strictest-rulebook.js';
import { strictestWhatIf, type CandidateEffect } from './strictest-what-if.js';
import { COLOMBIAN_GAP_USD, TRADE_GAP_TOPIC, tradeGapRulebook } from './testing/trade-gap-rulebook.js';

const DAY = '2024-06-01';
const SAMPLE = fileURLToPath(
  new URL('../../src/ingest/testing/data/MIRROR-DOTS-imf-gfi-andean-2017.csv', import.meta.url),
);

/** The real IMF/GFI mirror-trade sample of the four countries, loaded as a user would. */
async function loadMirrorSample(db: Database): Promise<void> {
  const profiles = loadProfiles();
  await ingestFile(db, SAMPLE, {
    profiles,
    profile: findProfile(profiles, 'MIRROR-DOTS'),
    logger: silentLogger(),
  });
}

/** The mirror-trade alerts runDetection stored, per country. */
async function storedPerCountry(db: Database): Promise<Record<string, number>> {
  const rows = await db.query<{ country: string; alerts: number }>(
    `SELECT country, count(*)::int AS alerts FROM alert WHERE typology = 'MIRROR_TRADE_GAP' GROUP BY country`,
  );
  return Object.fromEntries(
    REGION_COUNTRIES.map((country) => [country, rows.find((row) => row.country === country)?.alerts ?? 0]),
  );
}

function countsOf(effect: CandidateEffect, side: 'now' | 'strictest'): Record<string, number> {
  return Object.fromEntries(
    Object.entries(effect.countries).map(([country, counts]) => [country, counts[side]]),
  );
}

describeEachEngine('what if the region adopted the strictest rule', (engine) => {
  it('counts, per country, the alerts a stricter common cap would add, as detection would store them', async () => {
    const db = await engine.openMigrated();
    await loadMirrorSample(db);
    const catalogue = builtinCatalogue();
    const rulebook = tradeGapRulebook();
    const view = await strictestWhatIf(db, { catalogue, rulebook, day: DAY });
    const gap = view.candidates.find((candidate) => candidate.topic.id === TRADE_GAP_TOPIC);
    assert.ok(gap);
    assert.deepEqual(gap.strictest, { value: COLOMBIAN_GAP_USD, countries: ['CO'] });
    assert.equal(gap.rule.hypothetical, true);
    assert.match(gap.rule.note?.en ?? '', /^Hypothetical: CO's rule/);
    assert.deepEqual(gap.bound, [{ typology: 'MIRROR_TRADE_GAP', threshold: 'absoluteGapUsd' }]);
    assert.deepEqual(gap.typologies, ['MIRROR_TRADE_GAP']);

    // Colombia already holds the rule: its alerts stay. The others, held to a tenth of the
    // catalogue's gap, raise more, and never fewer.
    assert.equal(gap.countries.CO?.strictest, gap.countries.CO?.now);
    const others = ['PE', 'EC', 'BO'];
    for (const country of others)
      assert.ok((gap.countries[country]?.strictest ?? 0) >= (gap.countries[country]?.now ?? 0), country);
    assert.ok(
      others.some((country) => (gap.countries[country]?.strictest ?? 0) > (gap.countries[country]?.now ?? 0)),
      JSON.stringify(gap.countries),
    );
    assert.deepEqual(gap.countries.PE?.typologies.MIRROR_TRADE_GAP, {
      now: gap.countries.PE?.now,
      strictest: gap.countries.PE?.strictest,
    });

    // Today's counts are what detection stores under the rulebook; the candidate's, what it would
    // store under the candidate rulebook.
    await runDetection(db, { ...detectionUnder(catalogue, rulebook, DAY), only: ['MIRROR_TRADE_GAP'] });
    assert.deepEqual(countsOf(gap, 'now'), await storedPerCountry(db));
    const candidate = strictestCandidates(rulebook, DAY).find((entry) => entry.topic.id === TRADE_GAP_TOPIC);
    assert.ok(candidate);
    await db.exec('DELETE FROM alert');
    await runDetection(db, {
      ...detectionUnder(catalogue, candidate.rulebook, DAY),
      only: ['MIRROR_TRADE_GAP'],
    });
    assert.deepEqual(countsOf(gap, 'strictest'), await storedPerCountry(db));
  });

  it('stores nothing, runs no detector for a rule none reads, and counts only the countries asked', async () => {
    const db = await engine.openMigrated();
    await loadMirrorSample(db);
    const runs: number[] = [];
    const view = await strictestWhatIf(db, {
      catalogue: builtinCatalogue(),
      rulebook: tradeGapRulebook(),
      day: DAY,
      countries: ['PE'],
      onRun: (done) => runs.push(done),
    });
    const [stored] = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM alert');
    assert.equal(stored?.count, 0);
    const mercury = view.candidates.find((candidate) => candidate.topic.id === 'MERCURY_MINING_BAN');
    assert.deepEqual(mercury?.typologies, []);
    assert.deepEqual(mercury?.countries, { PE: { now: 0, strictest: 0, typologies: {} } });
    for (const candidate of view.candidates) assert.deepEqual(Object.keys(candidate.countries), ['PE']);
    // Mirror trade once today and once under its candidate; the subsistence caps' detector once
    // today and once under each of the two caps; regulatory arbitrage, which weighs the rules on
    // gold, once today and once under each of the four candidates on gold (the offence, the
    // predicate offence and the two caps).
    assert.equal(runs.at(-1), 10);
  });
});
