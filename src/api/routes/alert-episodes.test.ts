import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Database } from '../../store/engine/database.js';
import { alertRepository } from '../../store/alerts/alert-repository.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { monthlyAlert } from '../../store/testing/monthly-alert.js';
import { buildApp, type VetaApp } from '../app.js';
import type { AlertDetail, AlertSummary } from '../schemas/alert-schemas.js';
import { signedIn } from '../testing/signed-in.js';

describeEachEngine('alert episodes over the API', (engine) => {
  let db: Database;
  let app: VetaApp;
  let analyst: { authorization: string };

  before(async () => {
    db = await engine.openMigrated();
    // Three months of one scheme, the middle one the strongest; an unrelated alert in June.
    await alertRepository.upsert(db, [
      monthlyAlert('Q-JAN', '2024-01', { days: 31, figures: { valueAtStakeUsd: 100 } }),
      monthlyAlert('Q-FEB', '2024-02', {
        days: 29,
        severity: 'high',
        score: 0.9,
        figures: { valueAtStakeUsd: 200 },
      }),
      monthlyAlert('Q-MAR', '2024-03', { days: 31, figures: { valueAtStakeUsd: 300 } }),
      monthlyAlert('OTHER-JUN', '2024-06', { days: 30, subjects: ['PE:RUC:20100000122'], score: 0.6 }),
    ]);
    app = await buildApp({ db });
    analyst = await signedIn(app, db, { role: 'analyst', countries: ['PE'] });
  });
  after(() => app.close());

  async function get<T>(url: string): Promise<T> {
    const response = await app.inject({ method: 'GET', url, headers: analyst });
    assert.equal(response.statusCode, 200, response.body);
    return response.json<T>();
  }
  const list = (query = '') => get<{ items: AlertSummary[]; total: number }>(`/api/alerts${query}`);

  it('lists episodes by default, each alert on request', async () => {
    const episodes = await list('?sort=period');
    assert.deepEqual(
      episodes.items.map((item) => [item.id, item.episode.alerts, item.period, item.severity, item.title.en]),
      [
        ['Q-JAN', 3, { start: '2024-01-01', end: '2024-03-31' }, 'high', 'Quota Q-FEB'],
        ['OTHER-JUN', 1, { start: '2024-06-01', end: '2024-06-30' }, 'medium', 'Quota OTHER-JUN'],
      ],
    );
    const alerts = await list('?each=alert&sort=period');
    assert.equal(alerts.total, 4);
    assert.deepEqual(
      alerts.items.map((item) => [item.id, item.episode]),
      [
        ['Q-JAN', { id: 'Q-JAN', alerts: 3 }],
        ['Q-FEB', { id: 'Q-JAN', alerts: 3 }],
        ['Q-MAR', { id: 'Q-JAN', alerts: 3 }],
        ['OTHER-JUN', { id: 'OTHER-JUN', alerts: 1 }],
      ],
    );
  });

  it('filters and sorts episodes by their own severity and score', async () => {
    // January alone is medium; its episode is high through February.
    assert.deepEqual(
      (await list('?severity=high')).items.map((item) => item.id),
      ['Q-JAN'],
    );
    assert.deepEqual(
      (await list('?sort=-score')).items.map((item) => [item.id, item.score]),
      [
        ['Q-JAN', 0.9],
        ['OTHER-JUN', 0.6],
      ],
    );
  });

  it('shows an episode with its strongest alert’s explanation and its alerts as evidence', async () => {
    const episode = await get<AlertDetail>('/api/alerts/Q-JAN');
    assert.equal(episode.explanation.en, 'Explanation Q-FEB');
    assert.deepEqual(episode.period, { start: '2024-01-01', end: '2024-03-31' });
    assert.deepEqual(
      episode.episodeAlerts.map((member) => [member.id, member.period.start, member.severity]),
      [
        ['Q-JAN', '2024-01-01', 'medium'],
        ['Q-FEB', '2024-02-01', 'high'],
        ['Q-MAR', '2024-03-01', 'medium'],
      ],
    );
    assert.ok(episode.nextStatuses.includes('in_review'));
    // The first alert alone, under the episode's id.
    const january = await get<AlertDetail>('/api/alerts/Q-JAN?each=alert');
    assert.deepEqual([january.period.end, january.explanation.en], ['2024-01-31', 'Explanation Q-JAN']);
  });

  it('counts episodes in the overview, summing what every alert of each puts at stake', async () => {
    const overview = await get<{
      unresolved: { alerts: number; valueAtStakeUsd: number; unaccountedFineKg: number };
      bySeverity: { severity: string; alerts: number }[];
    }>('/api/overview');
    assert.deepEqual(overview.unresolved, { alerts: 2, valueAtStakeUsd: 600, unaccountedFineKg: 0 });
    assert.deepEqual(
      overview.bySeverity.filter((row) => row.alerts > 0).map((row) => [row.severity, row.alerts]),
      [
        ['high', 1],
        ['medium', 1],
      ],
    );
  });

  it('triages the episode as one: its alerts show its case and offer no moves of their own', async () => {
    const moved = await app.inject({
      method: 'POST',
      url: '/api/alerts/Q-JAN/transition',
      headers: analyst,
      payload: { to: 'in_review' },
    });
    assert.equal(moved.statusCode, 200, moved.body);
    const march = await get<AlertDetail>('/api/alerts/Q-MAR');
    assert.deepEqual(
      [march.id, march.period.start, march.episode, march.status, march.nextStatuses, march.history.length],
      ['Q-MAR', '2024-03-01', { id: 'Q-JAN', alerts: 3 }, 'in_review', [], 1],
    );
    assert.equal(march.episodeAlerts.length, 3);
    assert.deepEqual((await list('?status=in_review&each=alert')).items.map((item) => item.id).sort(), [
      'Q-FEB',
      'Q-JAN',
      'Q-MAR',
    ]);
    assert.deepEqual(
      (await list('?status=in_review')).items.map((item) => item.id),
      ['Q-JAN'],
    );
  });
});
