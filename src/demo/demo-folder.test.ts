import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkSignIn } from '../access/sign-in.js';
import { prepareDemo } from './demo-folder.js';
import type { DemoSummary } from './demo-pipeline.js';
import { DEMO_CREDENTIALS } from './demo-user.js';

// The demo runs on the embedded database by design (a folder of its own), so this suite is PGlite only.
void describe('the demo folder', () => {
  const dirs: string[] = [];
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('reuses a demo an earlier run finished: no rebuild, the database brought up to date, the user there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veta-demo-test-'));
    dirs.push(dir);
    const summary: DemoSummary = {
      files: 29,
      rows: 123,
      rejected: 0,
      entities: 7,
      alerts: 3,
      seconds: { migrate: 1, simulate: 1, ingest: 1, resolve: 1, detect: 1, score: 1 },
    };
    writeFileSync(join(dir, 'ready.json'), JSON.stringify(summary));
    const stages: string[] = [];
    const demo = await prepareDemo(dir, { onStage: (stage) => stages.push(stage) });
    try {
      assert.equal(demo.reused, true);
      assert.deepEqual(demo.summary, summary);
      assert.deepEqual(stages, [], 'no stage of the pipeline ran');
      const tables = await demo.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'veta' AND table_name = 'alert'",
      );
      assert.equal(tables[0]?.n, 1, 'migrated');
      const outcome = await checkSignIn(demo.db, DEMO_CREDENTIALS.username, DEMO_CREDENTIALS.password);
      assert.equal(outcome.status, 'signed-in');
    } finally {
      await demo.db.close();
    }
  });
});
