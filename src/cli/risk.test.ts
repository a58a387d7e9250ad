import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRiskWorld, storeAlerts, WORLD, worldAlert } from '../risk/testing/risk-world.js';
import type { DatabaseTarget } from '../store/engine/database-target.js';
import { loadMigrations } from '../store/migrator/migration-files.js';
import { migrate } from '../store/migrator/migrator.js';
import { openDatabase } from '../store/engine/open-database.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

/** The risk tests' world with two alerts, written to a database `veta` then opens on its own. */
async function worldAt(target: DatabaseTarget): Promise<void> {
  const db = await openDatabase(target);
  try {
    await migrate(db, await loadMigrations());
    await loadRiskWorld(db);
    await storeAlerts(db, [
      worldAlert('UNDER_VALUATION', 'critical', [WORLD.companyA], { score: 1 }),
      worldAlert('STRUCTURING', 'low', [WORLD.companyB]),
    ]);
  } finally {
    await db.close();
  }
}

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'veta-risk-cli-')), name);
  writeFileSync(path, text);
  return path;
}

describeEachEngine('veta score, veta risk and veta warnings', (engine) => {
  it('score and store a run, list the top subjects, explain one, and report what is new', async () => {
    const target = await engine.createTarget();
    await worldAt(target);
    const db = dbArgs(target);

    const score = await runVeta([...db, 'score', '--as-of', '2024-02-29', '--top', '2']);
    assert.equal(score.code, 0, score.stderr);
    assert.match(
      score.stdout,
      /^Risk run 1 \(as of 2024-02-29, built-in weights\) scored 3 entities, 0 mining rights, 2 plants and traders, 2 exporters, 1 corridor in /,
    );
    assert.match(
      score.stdout,
      new RegExp(
        `Top exporters:\\n +1 +0\\.\\d{3} +${WORLD.companyA} +ORO ANDINO S\\.A\\.C\\. \\(PE\\) +\\[Under-valuation`,
      ),
    );

    const json = await runVeta([...db, '--json', 'score']);
    assert.equal(json.code, 0, json.stderr);
    const run = JSON.parse(json.stdout) as {
      run: { runId: number; asOf: string };
      top: Record<string, unknown[]>;
    };
    assert.deepEqual([run.run.runId, run.run.asOf], [2, '2024-02-29']);
    assert.equal(run.top.exporter?.length, 2);

    const list = await runVeta([...db, 'risk', '--kind', 'exporter', '--top', '1']);
    assert.equal(list.code, 0, list.stderr);
    assert.equal(list.stdout.trim().split('\n').length, 2);
    assert.match(list.stdout, new RegExp(`^exporter:\\n +1 +0\\.\\d{3} +${WORLD.companyA}`));

    const detail = await runVeta([...db, 'risk', '--kind', 'exporter', '--subject', WORLD.companyA]);
    assert.equal(detail.code, 0, detail.stderr);
    assert.match(detail.stdout, /score 0\.600, rank 1 in the region, 1 in its country; 1 alert\(s\)/);
    assert.match(detail.stdout, / 0\.600 +0\.60 +1\.000 +Under-valuation \[UNDER_VALUATION, ALR-/);

    const missing = await runVeta([...db, 'risk', '--kind', 'right', '--subject', 'PE:MR:999']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /NOT_FOUND/);

    const warnings = await runVeta([...db, 'warnings', '--since', '2000-01-01']);
    assert.equal(warnings.code, 0, warnings.stderr);
    assert.match(
      warnings.stdout,
      /^Since 2000-01-01 \(latest run 2 against no run before it; riskier means up by more than 0\.1\):/,
    );
    assert.match(
      warnings.stdout,
      new RegExp(`exporter ${WORLD.companyA} ORO ANDINO S\\.A\\.C\\.: First scored on `),
    );
    assert.match(warnings.stdout, /New alerts: 2\n/);
  });

  it('take weights from --weights or VETA_RISK_WEIGHTS, and name the file and key of a mistake', async () => {
    const target = await engine.createTarget();
    await worldAt(target);
    const db = dbArgs(target);

    const bad = file('bad.yaml', 'typologies:\n  UNDER_VALUATON: 0.3\n');
    const refused = await runVeta([...db, 'score', '--weights', bad]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /RISK_WEIGHTS_INVALID/);
    assert.ok(
      refused.stderr.includes(bad) && refused.stderr.includes('typologies.UNDER_VALUATON'),
      refused.stderr,
    );

    const good = file('good.yaml', 'typologies:\n  UNDER_VALUATION: 0.1\n');
    const fromEnv = await runVeta([...db, '--json', 'score', '--as-of', '2024-02-29'], {
      VETA_RISK_WEIGHTS: good,
    });
    assert.equal(fromEnv.code, 0, fromEnv.stderr);
    const run = JSON.parse(fromEnv.stdout) as {
      run: { weightsSource: string };
      top: Record<string, { subjectId: string; score: number }[]>;
    };
    assert.equal(run.run.weightsSource, good);
    const exporter = run.top.exporter?.find((item) => item.subjectId === WORLD.companyA);
    assert.ok(exporter && Math.abs(exporter.score - 0.1) < 1e-9);
  });
});
