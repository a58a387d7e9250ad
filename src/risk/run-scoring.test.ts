import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../store/engine/database.js';
import { entityQueries } from '../store/entities/entity-queries.js';
import { riskRepository, type StoredRiskScore } from '../store/risk/risk-repository.js';
import { describeEachEngine } from '../store/testing/engines.js';
import type { Severity } from '../core/severity.js';
import { loadRiskWeights } from './risk-weights.js';
import { runScoring } from './run-scoring.js';
import { loadRiskWorld, storeAlerts, WORLD, worldAlert } from './testing/risk-world.js';

const REGION = { countries: 'ALL', agency: null } as const;
const AS_OF = '2024-02-29';

async function scoreOf(db: Database, kind: string, subjectId: string): Promise<StoredRiskScore> {
  const score = await riskRepository.find(db, REGION, kind, subjectId);
  assert.ok(score, `no ${kind} score for ${subjectId}`);
  return score;
}

async function entityOf(db: Database, partyId: string): Promise<string> {
  const entity = await entityQueries.find(db, partyId);
  assert.ok(entity, `no entity holds ${partyId}`);
  return entity.id;
}

async function allScores(db: Database): Promise<StoredRiskScore[]> {
  return (await riskRepository.list(db, { scope: REGION, limit: 1000, offset: 0 })).items;
}

describeEachEngine('risk scoring', (engine) => {
  it('ranks a subject with a critical alert above one with a low alert, as entity, trader and exporter', async () => {
    const db = await engine.openMigrated();
    await loadRiskWorld(db);
    await storeAlerts(db, [
      worldAlert('UNDER_VALUATION', 'critical', [WORLD.companyA], { score: 1 }),
      worldAlert('UNDER_VALUATION', 'low', [WORLD.companyB], { score: 1 }),
    ]);
    await runScoring(db, { weights: loadRiskWeights(), asOf: AS_OF });

    for (const kind of ['trader', 'exporter']) {
      const a = await scoreOf(db, kind, WORLD.companyA);
      const b = await scoreOf(db, kind, WORLD.companyB);
      assert.ok(a.score > b.score, `${kind}: ${a.score} <= ${b.score}`);
      assert.ok(a.rank < b.rank);
    }
    const a = await scoreOf(db, 'entity', await entityOf(db, WORLD.companyA));
    const b = await scoreOf(db, 'entity', await entityOf(db, WORLD.companyB));
    assert.ok(a.score > b.score && a.rank < b.rank);
    assert.equal(a.label, 'ORO ANDINO S.A.C.');
    assert.equal(a.country, 'PE');
    // Company C has no evidence at all: it is not scored.
    assert.equal(
      await riskRepository.find(db, REGION, 'entity', await entityOf(db, WORLD.companyC)),
      undefined,
    );
  });

  it('composes every score from its contributions: the points add up to it, a noisy-or of weight x value', async () => {
    const db = await engine.openMigrated();
    await loadRiskWorld(db);
    await storeAlerts(db, [
      worldAlert('UNDER_VALUATION', 'critical', [WORLD.companyA], { score: 0.5 }),
      // A year before the as-of day: its recency is one half.
      worldAlert('EXPORTER_SURGE', 'high', [WORLD.companyA], { score: 1, periodEnd: '2023-03-01' }),
      // Two episodes of one typology: December and February, January between them clean.
      worldAlert('STRUCTURING', 'medium', [WORLD.companyA], { score: 0, periodEnd: '2023-12-31' }),
      worldAlert('STRUCTURING', 'medium', [WORLD.companyA], { score: 0, periodEnd: '2024-02-29' }),
      worldAlert('GHOST_PRODUCTION', 'high', [WORLD.right, WORLD.seller]),
      worldAlert('MIRROR_TRADE_GAP', 'medium', ['PE', 'CH']),
    ]);
    await runScoring(db, { weights: loadRiskWeights(), asOf: AS_OF });

    const scores = await allScores(db);
    assert.deepEqual([...new Set(scores.map((score) => score.kind))].sort(), [
      'corridor',
      'entity',
      'exporter',
      'right',
      'trader',
    ]);
    for (const score of scores) {
      const points = score.contributions.reduce((sum, item) => sum + item.points, 0);
      assert.ok(
        Math.abs(points - score.score) < 1e-9,
        `${score.kind} ${score.subjectId}: ${points} vs ${score.score}`,
      );
      const keep = score.contributions.reduce((product, item) => product * (1 - item.weight * item.value), 1);
      assert.ok(Math.abs(1 - keep - score.score) < 1e-9);
    }

    const trader = await scoreOf(db, 'trader', WORLD.companyA);
    const byCode = (code: string): number[] =>
      trader.contributions.filter((item) => item.code === code).map((item) => item.value);
    // critical (1) x (1 - 0.5 + 0.5 x score 0.5) x recency 1.
    assert.deepEqual(byCode('UNDER_VALUATION'), [0.75]);
    assert.equal(trader.contributions.find((item) => item.code === 'UNDER_VALUATION')?.weight, 0.6);
    // high (0.75) x (1 - 0.5 + 0.5 x 1) x recency 0.5 (365 days before the as-of day).
    const [surge] = byCode('EXPORTER_SURGE');
    assert.ok(surge !== undefined && Math.abs(surge - 0.75 * 0.5) < 1e-9);
    // Two episodes of one typology: the second counts half (repeatDecay 0.5), and is 60 days older.
    const structuring = byCode('STRUCTURING');
    assert.equal(structuring.length, 2);
    assert.ok(Math.abs((structuring[1] ?? 0) / (structuring[0] ?? 1) - 0.5 * 0.5 ** (60 / 365)) < 1e-9);

    // The right takes the alert that names it; the seller's entity too.
    const right = await scoreOf(db, 'right', WORLD.right);
    assert.deepEqual(
      right.contributions.map((item) => item.code),
      ['GHOST_PRODUCTION'],
    );
    assert.equal(right.label, 'DERECHO INAMBARI 1');
  });

  it('counts an episode once: three months of one scheme weigh as its strongest month alone', async () => {
    const db = await engine.openMigrated();
    await loadRiskWorld(db);
    const month = (subject: string, severity: Severity, periodEnd: string) =>
      worldAlert('UNDER_VALUATION', severity, [subject], { score: 0.8, periodEnd });
    await storeAlerts(db, [
      month(WORLD.companyA, 'medium', '2023-12-31'),
      month(WORLD.companyA, 'high', '2024-01-31'),
      month(WORLD.companyA, 'medium', '2024-02-29'),
      month(WORLD.companyB, 'high', '2024-01-31'),
    ]);
    await runScoring(db, { weights: loadRiskWeights(), asOf: AS_OF });
    const values = async (subject: string): Promise<number[]> =>
      (await scoreOf(db, 'trader', subject)).contributions
        .filter((item) => item.code === 'UNDER_VALUATION')
        .map((item) => item.value);
    assert.deepEqual(await values(WORLD.companyA), await values(WORLD.companyB));
    assert.equal((await values(WORLD.companyA)).length, 1);
  });

  it('reads signals from the records: a seller whose RUC fails its check digit marks it and its buyer', async () => {
    const db = await engine.openMigrated();
    await loadRiskWorld(db);
    await runScoring(db, { weights: loadRiskWeights(), asOf: AS_OF });

    const seller = await scoreOf(db, 'entity', await entityOf(db, WORLD.badSeller));
    assert.deepEqual(
      seller.contributions.map((item) => [item.code, item.value, item.detail.identifier]),
      [['IDENTIFIER_CHECK_DIGIT', 1, WORLD.badSeller]],
    );
    // B bought 30 of its 40 fine grams from that seller; A bought nothing from it.
    const buyer = await scoreOf(db, 'trader', WORLD.companyB);
    const signal = buyer.contributions.find((item) => item.code === 'SELLERS_INVALID_ID');
    assert.ok(signal && Math.abs(signal.value - 0.75) < 1e-9, JSON.stringify(buyer.contributions));
    assert.equal(await riskRepository.find(db, REGION, 'trader', WORLD.companyA), undefined);
    assert.equal(
      (await entityQueries.find(db, WORLD.seller))?.id ===
        (await entityQueries.find(db, WORLD.badSeller))?.id,
      false,
    );
  });

  it('carries exporter alerts to corridors by the exporter share, and country-pair alerts to their corridors', async () => {
    const db = await engine.openMigrated();
    await loadRiskWorld(db);
    await storeAlerts(db, [
      worldAlert('UNDER_VALUATION', 'critical', [WORLD.companyA], { score: 1 }),
      worldAlert('MIRROR_TRADE_GAP', 'medium', ['PE', 'CH'], { score: 1 }),
    ]);
    await runScoring(db, { weights: loadRiskWeights(), asOf: AS_OF });

    const corridor = await scoreOf(db, 'corridor', WORLD.corridorA);
    assert.equal(corridor.label, 'MADRE DE DIOS (PE) > customs 235 > CH');
    const exporter = corridor.contributions.find((item) => item.code === 'UNDER_VALUATION');
    // A ships 0.05 of the corridor's 0.08 kg by FOB value: 62.5 %.
    assert.equal(exporter?.detail.exporter, WORLD.companyA);
    assert.ok(exporter && Math.abs(exporter.value - 0.625) < 1e-9);
    const pair = corridor.contributions.find((item) => item.code === 'MIRROR_TRADE_GAP');
    assert.ok(pair && Math.abs(pair.value - 0.5) < 1e-9);
    // Colombia's corridor is untouched by Peru's pair alert; its exporter bought nothing Veta holds.
    assert.equal(await riskRepository.find(db, REGION, 'corridor', WORLD.corridorColombia), undefined);
  });

  it('lays a weights file over the built-in weights, and the scores follow it', async () => {
    const db = await engine.openMigrated();
    await loadRiskWorld(db);
    await storeAlerts(db, [
      worldAlert('UNDER_VALUATION', 'critical', [WORLD.companyA]),
      worldAlert('STRUCTURING', 'low', [WORLD.companyB]),
    ]);
    const builtin = await runScoring(db, { weights: loadRiskWeights(), asOf: AS_OF });
    const before = await scoreOf(db, 'exporter', WORLD.companyA);
    assert.equal(before.rank, 1);

    const path = join(mkdtempSync(join(tmpdir(), 'veta-weights-')), 'weights.yaml');
    writeFileSync(path, 'typologies:\n  UNDER_VALUATION: 0.05\n  STRUCTURING: 1\nseverity:\n  low: 1\n');
    const run = await runScoring(db, { weights: loadRiskWeights(path), asOf: AS_OF });
    assert.ok(run.runId > builtin.runId);
    assert.equal(run.weightsSource, path);
    const after = await scoreOf(db, 'exporter', WORLD.companyA);
    assert.ok(Math.abs(after.score - 0.05 * 0.75) < 1e-9);
    assert.equal(after.rank, 2);
    assert.equal((await scoreOf(db, 'exporter', WORLD.companyB)).rank, 1);
    assert.equal((await riskRepository.latestRun(db))?.weightsSource, path);
  });
});
