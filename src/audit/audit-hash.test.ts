import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { it } from 'node:test';
import type { Database } from '../store/engine/database.js';
import { auditRepository } from '../store/audit/audit-repository.js';
import { loadMigrations } from '../store/migrator/migration-files.js';
import { migrate } from '../store/migrator/migrator.js';
import { describeEachEngine, type TestEngine } from '../store/testing/engines.js';
import { appendAudit } from './append-audit.js';
import { canonicalJson } from '../core/canonical-json.js';
import { GENESIS_HASH } from './audit-hash.js';
import { verifyAudit } from './verify-audit.js';

const EARLY_TIMES = ['2024-05-01T10:00:00.123Z', '2024-05-01T10:00:01.000Z', '2024-05-01T10:00:02.999Z'];

/**
 * A trail written before entries recorded their countries (migration 0012): three entries hashed
 * as Veta hashed them then, at milliseconds and without countries, written out again here so the
 * test does not lean on the code under test. Then every migration runs.
 */
async function trailFromBefore0012(engine: TestEngine): Promise<Database> {
  const db = await engine.open();
  const migrations = await loadMigrations();
  await migrate(
    db,
    migrations.filter((migration) => migration.id < '0012'),
  );
  let prevHash = GENESIS_HASH;
  for (const [i, at] of EARLY_TIMES.entries()) {
    const fields = {
      id: i + 1,
      actorId: null,
      actorUsername: 'carla',
      action: 'alert.read',
      subjectKind: 'alert',
      subjectId: `A-CO-${String(i)}`,
      details: { ip: '10.0.0.1' },
    };
    const body = canonicalJson({ ...fields, at: new Date(at).toISOString() });
    const hash = createHash('sha256').update(`${prevHash}\n${body}`, 'utf8').digest('hex');
    await db.query(
      `INSERT INTO audit_event (id, at, actor_id, actor_username, action, subject_kind, subject_id, details, prev_hash, hash)
       VALUES ($1, $2, NULL, $3, $4, $5, $6, $7::jsonb, $8, $9)`,
      [
        fields.id,
        at,
        fields.actorUsername,
        fields.action,
        fields.subjectKind,
        fields.subjectId,
        JSON.stringify(fields.details),
        prevHash,
        hash,
      ],
    );
    prevHash = hash;
  }
  await db.query(`SELECT setval(pg_get_serial_sequence('audit_event', 'id'), $1)`, [EARLY_TIMES.length]);
  await migrate(db, migrations);
  return db;
}

async function asAttacker(db: Database, sql: string): Promise<void> {
  await db.exec(
    `ALTER TABLE audit_event DISABLE TRIGGER USER; ${sql}; ALTER TABLE audit_event ENABLE TRIGGER USER`,
  );
}

describeEachEngine('the audit hash of entries written before they recorded countries', (engine) => {
  it('still verify, the chain goes on from them, and only regional readers see them', async () => {
    const db = await trailFromBefore0012(engine);
    await appendAudit(db, {
      actorId: null,
      actorUsername: 'pedro',
      action: 'alert.read',
      subjectKind: 'alert',
      subjectId: 'A-PE-1',
      countries: ['PE'],
    });
    const result = await verifyAudit(db);
    assert.equal(result.ok, true, result.firstBreak?.message);
    assert.equal(result.checked, 4);
    const page = { limit: 10, offset: 0 };
    const regional = await auditRepository.list(db, { countries: 'ALL', agency: null }, page);
    assert.deepEqual(
      regional.items.map((event) => [event.id, event.at, event.countries]),
      [
        [4, regional.items[0]?.at, ['PE']],
        [3, '2024-05-01T10:00:02.999000Z', null],
        [2, '2024-05-01T10:00:01.000000Z', null],
        [1, '2024-05-01T10:00:00.123000Z', null],
      ],
    );
    const peruvian = await auditRepository.list(db, { countries: ['PE', 'CO'], agency: null }, page);
    assert.deepEqual(
      peruvian.items.map((event) => event.id),
      [4],
    );
    assert.equal(peruvian.total, 1);
  });

  it('fail verification when their time moves by less than a millisecond', async () => {
    const db = await trailFromBefore0012(engine);
    await asAttacker(db, `UPDATE audit_event SET at = at + interval '1 microsecond' WHERE id = 2`);
    const result = await verifyAudit(db);
    assert.equal(result.firstBreak?.id, 2);
    assert.equal(result.firstBreak.problem, 'content-changed');
  });

  it('fail verification when they are given countries', async () => {
    const db = await trailFromBefore0012(engine);
    await asAttacker(db, `UPDATE audit_event SET countries = '{CO}' WHERE id = 2`);
    const result = await verifyAudit(db);
    assert.equal(result.firstBreak?.id, 2);
    assert.equal(result.firstBreak.problem, 'content-changed');
  });
});
