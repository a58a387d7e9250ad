import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Actor, Role } from '../access/actor.js';
import { isVetaError } from '../core/veta-error.js';
import { alertCaseRepository } from '../store/alerts/alert-case-repository.js';
import { alertRepository, type AlertToStore } from '../store/alerts/alert-repository.js';
import { alertSearchRepository } from '../store/alerts/alert-search-repository.js';
import type { Database, Queryable } from '../store/engine/database.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { assignAlert, commentOnAlert, transitionAlert } from './alert-triage.js';

function actor(userId: string, role: Role, countries: string[] | 'ALL' = ['PE']): Actor {
  return { userId, username: userId, role, scope: { countries, agency: null }, via: 'token' };
}

const ana = actor('ana', 'analyst');
const sofia = actor('sofia', 'supervisor');

function alert(id: string, country: string, score: number): AlertToStore {
  return {
    id,
    typology: 'STRUCTURING',
    severity: 'low',
    score,
    country,
    period: { start: '2024-03-01', end: '2024-03-31' },
    subjects: [`${country}:RUC:20100000017`],
    title: { es: 'título', en: 'title' },
    explanation: { es: 'explicación', en: 'explanation' },
    figures: { structuredUsd: 24000 },
    evidence: [],
    detectorVersion: '1.0.0',
  };
}

async function seeded(open: () => Promise<Database>): Promise<Database> {
  const db = await open();
  await alertRepository.upsert(db, [alert('ALR-PE', 'PE', 0.2), alert('ALR-CO', 'CO', 0.3)]);
  return db;
}

/** Runs a change in a transaction, as the API does. */
function changed<T>(db: Database, work: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(work);
}

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (isVetaError(error)) return error.code;
    throw error;
  }
  return 'none';
}

describeEachEngine('alert triage', (engine) => {
  it('keeps a case through detection runs that rewrite its alert', async () => {
    const db = await seeded(() => engine.openMigrated());
    await changed(db, (tx) => transitionAlert(tx, ana, 'ALR-PE', { to: 'in_review' }));
    await changed(db, (tx) => assignAlert(tx, ana, 'ALR-PE', { ...ana, active: true, scope: ana.scope }));
    // The detector raises the alert again, with a new score: the case stays where it was.
    assert.deepEqual(await alertRepository.upsert(db, [alert('ALR-PE', 'PE', 0.9)]), {
      created: 0,
      updated: 1,
    });
    const found = await alertSearchRepository.find(db, ana.scope, 'ALR-PE');
    assert.equal(found?.score, 0.9);
    assert.equal(found?.status, 'in_review');
    assert.equal(found?.assigneeUsername, 'ana');
  });

  it('records every change in order, with who made it and why', async () => {
    const db = await seeded(() => engine.openMigrated());
    await changed(db, (tx) => transitionAlert(tx, ana, 'ALR-PE', { to: 'in_review' }));
    await changed(db, (tx) => commentOnAlert(tx, ana, 'ALR-PE', '  The seller is a licensed trader.  '));
    await changed(db, (tx) =>
      transitionAlert(tx, ana, 'ALR-PE', { to: 'dismissed', reason: 'licensed trader' }),
    );
    await changed(db, (tx) => transitionAlert(tx, sofia, 'ALR-PE', { to: 'closed' }));
    const history = await alertCaseRepository.history(db, sofia.scope, 'ALR-PE');
    assert.deepEqual(
      history.map((event) => [
        event.kind,
        event.from,
        event.to,
        event.reason,
        event.comment,
        event.actorUsername,
      ]),
      [
        ['transition', 'open', 'in_review', null, null, 'ana'],
        ['comment', null, null, null, 'The seller is a licensed trader.', 'ana'],
        ['transition', 'in_review', 'dismissed', 'licensed trader', null, 'ana'],
        ['transition', 'dismissed', 'closed', null, null, 'sofia'],
      ],
    );
    assert.ok(history.every((event) => event.at instanceof Date));
  });

  it('refuses to change or delete history', async () => {
    const db = await seeded(() => engine.openMigrated());
    await changed(db, (tx) => commentOnAlert(tx, ana, 'ALR-PE', 'first look'));
    await assert.rejects(db.query("UPDATE alert_case_event SET comment = 'rewritten'"), /append-only/);
    await assert.rejects(db.query('DELETE FROM alert_case_event'), /append-only/);
    assert.equal((await alertCaseRepository.history(db, ana.scope, 'ALR-PE'))[0]?.comment, 'first look');
  });

  it('treats an alert out of scope as missing, and changes nothing when a change is refused', async () => {
    const db = await seeded(() => engine.openMigrated());
    assert.equal(
      await refusal(changed(db, (tx) => transitionAlert(tx, ana, 'ALR-CO', { to: 'in_review' }))),
      'NOT_FOUND',
    );
    assert.equal(await refusal(changed(db, (tx) => commentOnAlert(tx, ana, 'ALR-CO', 'peek'))), 'NOT_FOUND');
    assert.equal(
      await refusal(changed(db, (tx) => transitionAlert(tx, ana, 'ALR-NONE', { to: 'in_review' }))),
      'NOT_FOUND',
    );
    assert.deepEqual(await alertCaseRepository.history(db, ana.scope, 'ALR-CO'), []);
    assert.equal(
      await refusal(changed(db, (tx) => transitionAlert(tx, ana, 'ALR-PE', { to: 'escalated' }))),
      'CONFLICT',
    );
    assert.deepEqual(await db.query('SELECT * FROM alert_case'), []);
    const regional = actor('reg', 'supervisor', 'ALL');
    await changed(db, (tx) => transitionAlert(tx, regional, 'ALR-CO', { to: 'in_review' }));
    assert.equal((await alertSearchRepository.find(db, regional.scope, 'ALR-CO'))?.status, 'in_review');
  });

  it('lets only one of two simultaneous moves from the same status through', async () => {
    const db = await seeded(() => engine.openMigrated());
    await changed(db, (tx) => transitionAlert(tx, ana, 'ALR-PE', { to: 'in_review' }));
    const outcomes = await Promise.all([
      refusal(changed(db, (tx) => transitionAlert(tx, ana, 'ALR-PE', { to: 'escalated' }))),
      refusal(
        changed(db, (tx) => transitionAlert(tx, sofia, 'ALR-PE', { to: 'dismissed', reason: 'duplicate' })),
      ),
    ]);
    assert.deepEqual([...outcomes].sort(), ['CONFLICT', 'none']);
    const transitions = (await alertCaseRepository.history(db, ana.scope, 'ALR-PE')).filter(
      (event) => event.kind === 'transition',
    );
    assert.equal(transitions.length, 2);
  });
});
