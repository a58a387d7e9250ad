import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../store/engine/database.js';
import { entityQueries } from '../store/entities/entity-queries.js';
import type { StoredContribution } from '../store/risk/risk-repository.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { changedEvidence, earlyWarning } from './early-warning.js';
import { loadRiskWeights } from './risk-weights.js';
import { runScoring } from './run-scoring.js';
import { loadRiskWorld, storeAlerts, WORLD, worldAlert } from './testing/risk-world.js';

const REGION = { countries: 'ALL', agency: null } as const;
const PERU = { countries: ['PE'], agency: null } as const;
const AS_OF = '2024-02-29';

// Detection ran on the day given: the feed reads when an alert was first detected.
async function detectedOn(db: Database, ids: readonly string[], day: string): Promise<void> {
  await db.query(`UPDATE alert SET first_detected_at = $2 WHERE id = ANY($1::text[])`, [
    ids,
    `${day}T06:00:00Z`,
  ]);
}

/** A first run in January; then a critical alert on company A and a new Colombian subject, and a run in February. */
async function twoRuns(db: Database): Promise<{ newAlert: string }> {
  await loadRiskWorld(db);
  const january = [
    worldAlert('UNDER_VALUATION', 'low', [WORLD.companyA]),
    worldAlert('STRUCTURING', 'medium', [WORLD.companyB]),
  ];
  await storeAlerts(db, january);
  await detectedOn(
    db,
    january.map((alert) => alert.id),
    '2025-01-05',
  );
  await runScoring(db, { weights: loadRiskWeights(), asOf: AS_OF, now: new Date('2025-01-10T08:00:00Z') });
  const february = [
    worldAlert('UNDER_VALUATION', 'critical', [WORLD.companyA], { score: 1, periodEnd: '2024-01-31' }),
    worldAlert('EXPORTER_SURGE', 'high', [WORLD.colombian], { periodEnd: '2024-03-31' }),
  ];
  await storeAlerts(db, february);
  await detectedOn(
    db,
    february.map((alert) => alert.id),
    '2025-02-05',
  );
  await runScoring(db, { weights: loadRiskWeights(), asOf: AS_OF, now: new Date('2025-02-10T08:00:00Z') });
  return { newAlert: february[0]?.id ?? '' };
}

describeEachEngine('early warning', (engine) => {
  it('finds the subject that became riskier, with the new alert as the reason, and not the one that did not', async () => {
    const db = await engine.openMigrated();
    const { newAlert } = await twoRuns(db);
    const feed = await earlyWarning(db, { since: '2025-02-01', step: 0.1, scope: REGION });

    assert.equal(feed.baselineRun?.startedAt.toISOString(), '2025-01-10T08:00:00.000Z');
    const risen = feed.subjects.filter((subject) => subject.change === 'risen');
    const entityA = (await entityQueries.find(db, WORLD.companyA))?.id;
    const entityB = (await entityQueries.find(db, WORLD.companyB))?.id;
    const ids = risen.map((subject) => `${subject.kind} ${subject.subjectId}`);
    for (const expected of [
      `exporter ${WORLD.companyA}`,
      `trader ${WORLD.companyA}`,
      `entity ${entityA ?? ''}`,
    ])
      assert.ok(ids.includes(expected), `${expected} not in ${ids.join(', ')}`);
    for (const unchanged of [
      `exporter ${WORLD.companyB}`,
      `trader ${WORLD.companyB}`,
      `entity ${entityB ?? ''}`,
    ])
      assert.ok(!ids.includes(unchanged), `${unchanged} is not riskier`);

    const exporter = risen.find(
      (subject) => subject.kind === 'exporter' && subject.subjectId === WORLD.companyA,
    );
    assert.ok(exporter?.previousScore !== null && exporter?.previousScore !== undefined);
    assert.ok(exporter.score - exporter.previousScore > 0.1);
    assert.deepEqual(
      exporter.evidence.map((item) => item.alertId),
      [newAlert],
    );
    assert.match(
      exporter.reason.en,
      /^Score rose from 0\.\d\d to 0\.\d\d \(\+0\.\d\d\); new or stronger evidence: Under-valuation/,
    );
    assert.match(exporter.reason.es, /^La puntuación subió de 0,\d\d a 0,\d\d/);
  });

  it('finds subjects first scored after the date, and alerts first detected since it', async () => {
    const db = await engine.openMigrated();
    await twoRuns(db);
    const feed = await earlyWarning(db, { since: '2025-02-01', step: 0.1, scope: REGION });
    const fresh = feed.subjects.filter((subject) => subject.change === 'new');
    assert.deepEqual(
      fresh
        .filter((subject) => subject.kind === 'exporter')
        .map((subject) => [subject.subjectId, subject.previousScore, subject.firstScoredAt.toISOString()]),
      [[WORLD.colombian, null, '2025-02-10T08:00:00.000Z']],
    );
    assert.match(fresh[0]?.reason.en ?? '', /^First scored on 2025-02-10 at 0\.\d\d; strongest evidence: /);
    assert.deepEqual(feed.alerts.items.map((alert) => alert.typology).sort(), [
      'EXPORTER_SURGE',
      'UNDER_VALUATION',
    ]);
    assert.equal(feed.alerts.total, 2);
    assert.match(feed.alerts.items[0]?.reason.en ?? '', /^First detected on 2025-02-05: /);

    // Before the first run everything is new; after the last, nothing is.
    const early = await earlyWarning(db, { since: '2025-01-01', step: 0.1, scope: REGION });
    assert.equal(early.baselineRun, null);
    assert.ok(early.subjects.every((subject) => subject.change === 'new'));
    assert.equal(early.alerts.total, 4);
    const late = await earlyWarning(db, { since: '2025-03-01', step: 0.1, scope: REGION });
    assert.deepEqual([late.subjects.length, late.alerts.total], [0, 0]);
  });

  it("keeps a national reader to their country's subjects and alerts, and honours the step", async () => {
    const db = await engine.openMigrated();
    await twoRuns(db);
    const peru = await earlyWarning(db, { since: '2025-02-01', step: 0.1, scope: PERU });
    assert.ok(peru.subjects.length > 0);
    assert.ok(peru.subjects.every((subject) => subject.country === 'PE'));
    assert.deepEqual(
      peru.alerts.items.map((alert) => alert.country),
      ['PE'],
    );
    const steep = await earlyWarning(db, { since: '2025-02-01', step: 0.99, scope: REGION });
    assert.ok(steep.subjects.every((subject) => subject.change === 'new'));
    await assert.rejects(earlyWarning(db, { since: '2025-2-1', step: 0.1, scope: REGION }), /YYYY-MM-DD/);
  });
});

void describe('changed evidence', () => {
  const piece = (alertId: string | null, code: string, points: number, detail = {}): StoredContribution => ({
    source: alertId ? 'alert' : 'signal',
    alertId,
    code,
    weight: 0.5,
    value: 1,
    points,
    detail,
  });

  it('keeps what is new or weighs clearly more, strongest first, and matches signals by what they rest on', () => {
    const previous = [
      piece('ALR-1', 'STRUCTURING', 0.2),
      piece(null, 'SELLERS_INVALID_ID', 0.1, { purchases: 4 }),
      piece(null, 'IDENTIFIER_CHECK_DIGIT', 0.3, { identifier: 'PE:RUC:1' }),
    ];
    const current = [
      piece('ALR-1', 'STRUCTURING', 0.205),
      piece('ALR-2', 'GHOST_PRODUCTION', 0.4),
      piece(null, 'SELLERS_INVALID_ID', 0.3, { purchases: 9 }),
      piece(null, 'IDENTIFIER_CHECK_DIGIT', 0.3, { identifier: 'PE:RUC:1' }),
      piece(null, 'IDENTIFIER_CHECK_DIGIT', 0.1, { identifier: 'PE:RUC:2' }),
    ];
    assert.deepEqual(
      changedEvidence(current, previous).map((item) => [item.alertId ?? item.code, item.points]),
      [
        ['ALR-2', 0.4],
        ['SELLERS_INVALID_ID', 0.3],
        ['IDENTIFIER_CHECK_DIGIT', 0.1],
      ],
    );
  });
});
