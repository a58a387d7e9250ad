import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { alertRepository } from '../store/alerts/alert-repository.js';
import { openDatabase } from '../store/engine/open-database.js';
import { loadMigrations } from '../store/migrator/migration-files.js';
import { migrate } from '../store/migrator/migrator.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { monthlyAlert } from '../store/testing/monthly-alert.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

interface EpisodeJson {
  id: string;
  period: { start: string; end: string };
  alerts: number;
  title: { en: string };
  members: { id: string }[];
}

describeEachEngine('veta alerts and veta evaluate on episodes', (engine) => {
  it('list and count a run of monthly alerts as one episode, each alert on request', async () => {
    const target = await engine.createTarget();
    const db = await openDatabase(target);
    await migrate(db, await loadMigrations());
    // A planted quota scheme from January to March, seen every month; an unplanted one in June.
    await alertRepository.upsert(db, [
      monthlyAlert('Q-JAN', '2024-01', { days: 31 }),
      monthlyAlert('Q-FEB', '2024-02', { days: 29, severity: 'high', score: 0.9 }),
      monthlyAlert('Q-MAR', '2024-03', { days: 31 }),
      monthlyAlert('OTHER-JUN', '2024-06', { days: 30, subjects: ['PE:RUC:20100000122'] }),
    ]);
    await db.close();
    const args = dbArgs(target);

    const episodes = JSON.parse((await runVeta([...args, 'alerts'])).stdout) as EpisodeJson[];
    assert.deepEqual(
      episodes.map((episode) => [episode.id, episode.alerts, episode.period.start, episode.period.end]),
      [
        ['Q-JAN', 3, '2024-01-01', '2024-03-31'],
        ['OTHER-JUN', 1, '2024-06-01', '2024-06-30'],
      ],
    );
    assert.equal(episodes[0]?.title.en, 'Quota Q-FEB');
    assert.deepEqual(
      episodes[0]?.members.map((member) => member.id),
      ['Q-JAN', 'Q-FEB', 'Q-MAR'],
    );
    const csv = parse((await runVeta([...args, 'alerts', '--format', 'csv'])).stdout);
    assert.deepEqual(
      csv.map((row) => [row[0], row[6]]),
      [
        ['id', 'alerts'],
        ['Q-JAN', '3'],
        ['OTHER-JUN', '1'],
      ],
    );
    const each = JSON.parse((await runVeta([...args, 'alerts', '--each-alert'])).stdout) as {
      id: string;
      episodeId: string;
    }[];
    assert.equal(each.length, 4);
    assert.equal(each.find((alert) => alert.id === 'Q-MAR')?.episodeId, 'Q-JAN');

    const dir = mkdtempSync(join(tmpdir(), 'veta-evaluate-episodes-'));
    const truth = join(dir, 'truth.json');
    writeFileSync(
      truth,
      JSON.stringify({
        schemes: [
          {
            typology: 'INPUT_QUOTA_EXCEEDED',
            subjects: ['PE:RUC:20100000017'],
            period: { from: '2024-01', to: '2024-03' },
            description: 'planted for the test',
          },
        ],
      }),
    );
    const out = join(dir, 'evaluation.json');
    const run = await runVeta([...args, 'evaluate', '--truth', truth, '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    const written = JSON.parse(readFileSync(out, 'utf8')) as {
      typologies: {
        typology: string;
        found: number;
        alerts: number;
        unmatched: number;
        unmatchedAlertIds: string[];
      }[];
    };
    const quota = written.typologies.find((score) => score.typology === 'INPUT_QUOTA_EXCEEDED');
    assert.deepEqual(
      [quota?.found, quota?.alerts, quota?.unmatched, quota?.unmatchedAlertIds],
      [1, 2, 1, ['OTHER-JUN']],
    );
  });
});
