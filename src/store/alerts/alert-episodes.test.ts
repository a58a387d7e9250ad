import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import type { Database } from '../engine/database.js';
import { describeEachEngine } from '../testing/engines.js';
import { alertCaseRepository } from './alert-case-repository.js';
import { alertEpisodeRepository } from './alert-episode-repository.js';
import { alertRepository, type AlertToStore } from './alert-repository.js';
import { monthlyAlert } from '../testing/monthly-alert.js';

const REGION = { countries: 'ALL', agency: null } as const;
const AUTHOR = { userId: 'U-1', username: 'ana' };

async function episodes(db: Database): Promise<Map<string, { alerts: number; span: string; title: string }>> {
  const list = await alertEpisodeRepository.list(db);
  return new Map(
    list.map((episode) => [
      episode.id,
      {
        alerts: episode.alerts,
        span: `${episode.period.start}/${episode.period.end}`,
        title: episode.title.en,
      },
    ]),
  );
}

describeEachEngine('alert episodes', (engine) => {
  let db: Database;
  before(async () => {
    db = await engine.openMigrated();
  });

  it('joins consecutive months into one episode, split where a month is missing', async () => {
    await alertRepository.upsert(db, [
      monthlyAlert('Q-JAN', '2024-01', { days: 31 }),
      monthlyAlert('Q-FEB', '2024-02', { days: 29, severity: 'high', score: 0.9 }),
      monthlyAlert('Q-MAR', '2024-03', { days: 31 }),
      monthlyAlert('Q-MAY', '2024-05', { days: 31 }),
    ]);
    assert.deepEqual(
      await episodes(db),
      new Map([
        ['Q-JAN', { alerts: 3, span: '2024-01-01/2024-03-31', title: 'Quota Q-FEB' }],
        ['Q-MAY', { alerts: 1, span: '2024-05-01/2024-05-31', title: 'Quota Q-MAY' }],
      ]),
    );
    const [worst] = await alertEpisodeRepository.list(db);
    assert.deepEqual(
      [worst?.id, worst?.severity, worst?.score, worst?.leadId],
      ['Q-JAN', 'high', 0.9, 'Q-FEB'],
    );
  });

  it('joins alerts about one subject whatever their other subjects, across as many silent months as the typology allows', async () => {
    const split = (
      id: string,
      month: string,
      seller: string,
      more: Partial<AlertToStore> = {},
    ): AlertToStore =>
      monthlyAlert(id, month, {
        typology: 'STRUCTURING',
        subjects: ['PE:RUC:20100000033', seller],
        strand: 'PE:RUC:20100000033',
        episodeGapMonths: 1,
        ...more,
      });
    const own = await engine.openMigrated();
    await alertRepository.upsert(own, [
      split('S-JAN', '2024-01', 'PE:DNI:10000001'),
      // Another seller, and February without an alert: one month may pass.
      split('S-MAR', '2024-03', 'PE:DNI:10000002'),
      // Two silent months (April, May) are more than the typology lets pass.
      split('S-JUN', '2024-06', 'PE:DNI:10000001'),
    ]);
    const structuring = [...(await episodes(own))];
    assert.deepEqual(structuring, [
      ['S-JAN', { alerts: 2, span: '2024-01-01/2024-03-28', title: 'Quota S-MAR' }],
      ['S-JUN', { alerts: 1, span: '2024-06-01/2024-06-28', title: 'Quota S-JUN' }],
    ]);
  });

  it("gives an alert inside an episode its episode's case, and starts a new episode for months raised after that case was dismissed", async () => {
    const own = await engine.openMigrated();
    await alertRepository.upsert(own, [
      monthlyAlert('D-JAN', '2024-01', { days: 31 }),
      monthlyAlert('D-FEB', '2024-02', { days: 29 }),
    ]);
    // Triage from the February alert works the episode's case, which January's holds.
    await own.transaction(async (tx) => {
      const locked = await alertCaseRepository.lock(tx, REGION, 'D-FEB');
      assert.equal(locked?.alertId, 'D-JAN');
      await alertCaseRepository.transition(
        tx,
        locked?.alertId ?? '',
        { from: 'open', to: 'dismissed', reason: 'checked' },
        AUTHOR,
      );
    });
    await alertRepository.upsert(own, [monthlyAlert('D-FEB', '2024-02', { days: 29 })]);
    assert.equal((await alertCaseRepository.current(own, REGION, 'D-FEB'))?.status, 'dismissed');
    // March is raised after the dismissal: the scheme goes on, and that is new work.
    await alertRepository.upsert(own, [monthlyAlert('D-MAR', '2024-03', { days: 31 })]);
    const found = await episodes(own);
    assert.deepEqual([...found.keys()].sort(), ['D-JAN', 'D-MAR']);
    assert.equal(found.get('D-JAN')?.alerts, 2);
    assert.equal((await alertCaseRepository.current(own, REGION, 'D-MAR'))?.status, 'open');
  });

  it('keeps apart other subjects, another qualifier and another country, even over the same months', async () => {
    await alertRepository.upsert(db, [
      monthlyAlert('OTHER-SUBJECT', '2024-02', { subjects: ['PE:RUC:20100000122'] }),
      monthlyAlert('YEARLY-OTHER-QUALIFIER', '2024-01', {
        period: { start: '2024-01-01', end: '2024-12-31' },
        qualifier: 'yearly',
      }),
      monthlyAlert('OTHER-COUNTRY', '2024-02', { country: 'CO' }),
      // The same subjects in another order are the same subjects.
      monthlyAlert('Q-APR', '2024-04', { subjects: ['PE:MR:010000001', 'PE:RUC:20100000017'], days: 30 }),
    ]);
    const found = await episodes(db);
    assert.deepEqual([...found.keys()].sort(), [
      'OTHER-COUNTRY',
      'OTHER-SUBJECT',
      'Q-JAN',
      'YEARLY-OTHER-QUALIFIER',
    ]);
    // April filled the gap: January to May is one run now.
    assert.deepEqual(found.get('Q-JAN'), { alerts: 5, span: '2024-01-01/2024-05-31', title: 'Quota Q-FEB' });
    const members = await alertEpisodeRepository.members(db, REGION, 'Q-JAN');
    assert.deepEqual(
      members.map((member) => member.id),
      ['Q-JAN', 'Q-FEB', 'Q-MAR', 'Q-APR', 'Q-MAY'],
    );
    assert.deepEqual(
      await alertEpisodeRepository.members(db, { countries: ['CO'], agency: null }, 'Q-JAN'),
      [],
    );
  });

  it('keeps the episode’s id and case as detection adds a later month and finds an earlier one', async () => {
    await db.transaction(async (tx) => {
      await alertCaseRepository.lock(tx, REGION, 'Q-JAN');
      await alertCaseRepository.transition(
        tx,
        'Q-JAN',
        { from: 'open', to: 'in_review', reason: null },
        AUTHOR,
      );
    });
    await alertRepository.upsert(db, [
      monthlyAlert('Q-JUN', '2024-06', { days: 30 }),
      monthlyAlert('Q-DEC-2023', '2023-12', { days: 31 }),
      // Raised again unchanged: an update, not another alert.
      monthlyAlert('Q-MAR', '2024-03', { days: 31 }),
    ]);
    const found = await episodes(db);
    assert.deepEqual(found.get('Q-JAN'), { alerts: 7, span: '2023-12-01/2024-06-30', title: 'Quota Q-FEB' });
    assert.equal(found.has('Q-DEC-2023'), false);
    assert.equal((await alertCaseRepository.current(db, REGION, 'Q-JAN'))?.status, 'in_review');
  });

  it('regroups to the same episodes when run again', async () => {
    const before = await alertEpisodeRepository.list(db);
    await alertEpisodeRepository.regroup(db, ['INPUT_QUOTA_EXCEEDED']);
    assert.deepEqual(await alertEpisodeRepository.list(db), before);
  });
});
