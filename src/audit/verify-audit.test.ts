import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Database } from '../store/engine/database.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { appendAudit } from './append-audit.js';
import { auditRepository } from '../store/audit/audit-repository.js';
import { GENESIS_HASH, hashEntry } from './audit-hash.js';
import { verifyAudit } from './verify-audit.js';

async function appendFive(db: Database): Promise<void> {
  for (let n = 1; n <= 5; n += 1) {
    await appendAudit(db, {
      actorId: null,
      actorUsername: 'ana',
      action: 'alert.read',
      subjectKind: 'alert',
      subjectId: `A-${String(n)}`,
      countries: ['PE'],
      details: { n, nested: { z: 1, a: [true, null, 'ñ'] }, dropped: undefined },
    });
  }
}

// What an attacker with database access does first: switch off the append-only triggers.
async function asAttacker(db: Database, sql: string): Promise<void> {
  await db.exec(
    `ALTER TABLE audit_event DISABLE TRIGGER USER; ${sql}; ALTER TABLE audit_event ENABLE TRIGGER USER`,
  );
}

describeEachEngine('the audit trail', (engine) => {
  it('chains each entry to the one before and verifies an untouched trail', async () => {
    const db = await engine.openMigrated();
    assert.deepEqual(await verifyAudit(db), { ok: true, checked: 0, head: null, firstBreak: null });
    await appendFive(db);
    const rows = await db.query<{ id: number; prev_hash: string; hash: string }>(
      'SELECT id, prev_hash, hash FROM audit_event ORDER BY id',
    );
    assert.equal(rows[0]?.prev_hash, GENESIS_HASH);
    for (let i = 1; i < rows.length; i += 1) assert.equal(rows[i]?.prev_hash, rows[i - 1]?.hash);
    const result = await verifyAudit(db);
    assert.equal(result.ok, true);
    assert.equal(result.checked, 5);
    assert.deepEqual(result.head, { id: rows[4]?.id, hash: rows[4]?.hash });
  });

  it('refuses UPDATE, DELETE and TRUNCATE through the triggers', async () => {
    const db = await engine.openMigrated();
    await appendFive(db);
    for (const sql of [
      `UPDATE audit_event SET details = '{}' WHERE id = 2`,
      'DELETE FROM audit_event WHERE id = 5',
      'TRUNCATE audit_event',
    ]) {
      await assert.rejects(db.query(sql), /append-only/, sql);
    }
    assert.equal((await verifyAudit(db)).checked, 5);
  });

  it('names the first entry whose details were edited', async () => {
    const db = await engine.openMigrated();
    await appendFive(db);
    await asAttacker(db, `UPDATE audit_event SET details = details || '{"n": 99}' WHERE id IN (3, 4)`);
    const result = await verifyAudit(db);
    assert.equal(result.ok, false);
    assert.equal(result.firstBreak?.id, 3);
    assert.equal(result.firstBreak.problem, 'content-changed');
    assert.match(
      result.firstBreak.message,
      /^Audit entry 3 \(alert\.read by ana\) was changed after it was written/,
    );
    assert.deepEqual(result.head?.id, 2, 'the last good entry');
  });

  it('names the entry after a deleted one', async () => {
    const db = await engine.openMigrated();
    await appendFive(db);
    await asAttacker(db, 'DELETE FROM audit_event WHERE id = 3');
    const result = await verifyAudit(db);
    assert.equal(result.firstBreak?.id, 4);
    assert.equal(result.firstBreak.problem, 'link-broken');
    assert.match(
      result.firstBreak.message,
      /does not follow entry 2: entries between them \(ids 3–3\) were deleted/,
    );
  });

  it('notices that the first entries were deleted', async () => {
    const db = await engine.openMigrated();
    await appendFive(db);
    await asAttacker(db, 'DELETE FROM audit_event WHERE id <= 2');
    const result = await verifyAudit(db);
    assert.equal(result.firstBreak?.id, 3);
    assert.match(result.firstBreak.message, /first one left but does not start the chain/);
  });

  it('names the first entry of a reordered pair', async () => {
    const db = await engine.openMigrated();
    await appendFive(db);
    // Swap entries 2 and 3, each keeping its own fields and hashes, as if their order were rewritten.
    await asAttacker(
      db,
      'UPDATE audit_event SET id = -2 WHERE id = 2; UPDATE audit_event SET id = 2 WHERE id = 3; UPDATE audit_event SET id = 3 WHERE id = -2',
    );
    const result = await verifyAudit(db);
    assert.equal(result.firstBreak?.id, 2);
    assert.equal(result.firstBreak.problem, 'content-changed', 'the id is part of what is hashed');
  });

  it('names the entry after one rewritten with a correctly recomputed hash', async () => {
    const db = await engine.openMigrated();
    await appendFive(db);
    // A careful attacker edits entry 2 and recomputes its hash; entry 3 still names the old one.
    const [entry] = await auditRepository.pageAfter(db, 1, 1);
    assert.ok(entry);
    const forged = { ...entry, details: { n: 2, note: 'nothing to see' } };
    const hash = hashEntry(forged);
    await asAttacker(
      db,
      `UPDATE audit_event SET details = '${JSON.stringify(forged.details)}', hash = '${hash}' WHERE id = 2`,
    );
    const result = await verifyAudit(db);
    assert.equal(result.firstBreak?.id, 3);
    assert.equal(result.firstBreak.problem, 'link-broken');
    assert.equal(result.firstBreak.expected, hash);
    assert.equal(result.firstBreak.actual, entry.hash);
    assert.match(
      result.firstBreak.message,
      /does not follow entry 2: an entry was removed, inserted or moved here, or the previous entry was rewritten/,
    );
  });

  it('keeps one linear chain under concurrent appends', async () => {
    const db = await engine.openMigrated();
    await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        appendAudit(db, {
          actorId: null,
          actorUsername: `user-${String(n)}`,
          action: 'entity.read',
          subjectKind: 'entity',
          subjectId: String(n),
          countries: [],
        }),
      ),
    );
    const result = await verifyAudit(db);
    assert.equal(result.ok, true, result.firstBreak?.message);
    assert.equal(result.checked, 30);
    const forks = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM (SELECT prev_hash FROM audit_event GROUP BY prev_hash HAVING count(*) > 1) f',
    );
    assert.equal(forks[0]?.n, 0, 'no two entries claim the same predecessor');
  });

  it('commits concurrent appends together, each resolving with its own entry, and fails only a bad one', async () => {
    const db = await engine.openMigrated();
    const appends = Array.from({ length: 12 }, (_, n) =>
      appendAudit(db, {
        actorId: null,
        actorUsername: `user-${String(n)}`,
        // The fifth breaks the table's rule for actions, inside a group with the others.
        action: n === 4 ? 'Not An Action' : 'entity.read',
        subjectKind: 'entity',
        subjectId: String(n),
        countries: ['CO'],
      }),
    );
    const settled = await Promise.allSettled(appends);
    assert.deepEqual(
      settled.map((outcome) => outcome.status),
      settled.map((_, n) => (n === 4 ? 'rejected' : 'fulfilled')),
    );
    const subjects = settled.flatMap((outcome) =>
      outcome.status === 'fulfilled' ? [outcome.value.subjectId] : [],
    );
    assert.deepEqual(subjects, ['0', '1', '2', '3', '5', '6', '7', '8', '9', '10', '11']);
    const result = await verifyAudit(db);
    assert.equal(result.ok, true, result.firstBreak?.message);
    assert.equal(result.checked, 11);
  });

  it('names an entry whose countries were edited', async () => {
    const db = await engine.openMigrated();
    await appendFive(db);
    // Widening who may read an entry is an edit like any other.
    await asAttacker(db, `UPDATE audit_event SET countries = '{CO,PE}' WHERE id = 3`);
    const result = await verifyAudit(db);
    assert.equal(result.firstBreak?.id, 3);
    assert.equal(result.firstBreak.problem, 'content-changed');
  });

  it('names an entry whose time was moved by less than a millisecond', async () => {
    const db = await engine.openMigrated();
    await appendFive(db);
    await asAttacker(db, `UPDATE audit_event SET at = at + interval '1 microsecond' WHERE id = 3`);
    const result = await verifyAudit(db);
    assert.equal(result.firstBreak?.id, 3);
    assert.equal(result.firstBreak.problem, 'content-changed');
  });

  it('walks a trail longer than one page', async () => {
    const db = await engine.openMigrated();
    await db.transaction(async (tx) => {
      for (let n = 0; n < 1005; n += 1) {
        await appendAudit(tx, {
          actorId: null,
          actorUsername: 'bulk',
          action: 'x.y',
          subjectKind: 'k',
          subjectId: null,
          countries: [],
        });
      }
    });
    await asAttacker(db, `UPDATE audit_event SET actor_username = 'mallory' WHERE id = 1003`);
    const result = await verifyAudit(db);
    assert.equal(result.checked, 1003);
    assert.equal(result.firstBreak?.id, 1003);
  });
});
