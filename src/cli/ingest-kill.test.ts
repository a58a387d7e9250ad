import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { comprasLine, writeComprasFile } from '../ingest/testing/compras-file.js';
import { openDatabase } from '../store/engine/open-database.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs } from './testing/run-veta.js';

const BIN = fileURLToPath(new URL('../../bin/veta.js', import.meta.url));

describeEachEngine('an ingest killed midway', (engine) => {
  it('leaves no trace of the file: no batch, no source file, no records', async () => {
    const target = await engine.createTarget();
    const lines = Array.from({ length: 300_000 }, (_, index) => comprasLine(`F${index}`, 10 + (index % 500)));
    const path = writeComprasFile(lines);
    const child = spawn(process.execPath, [BIN, ...dbArgs(target), '--log-level', 'info', 'ingest', path], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    child.stderr.setEncoding('utf8');
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: string) => {
        log += chunk;
        if (log.includes('"msg":"loading file"')) resolve();
      });
      child.once('exit', () => reject(new Error(`veta ingest ended before loading: ${log}`)));
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    child.kill('SIGKILL');
    await once(child, 'exit');
    assert.ok(!log.includes('"msg":"file ingested"'), 'the load must be killed before it ends');

    const db = await openDatabase(target);
    try {
      const [row] = await db.query<Record<string, number>>(
        `SELECT (SELECT count(*)::int FROM source_file) AS files, (SELECT count(*)::int FROM ingest_batch) AS batches,
                (SELECT count(*)::int FROM mineral_transaction) AS purchases, (SELECT count(*)::int FROM party) AS parties`,
      );
      assert.deepEqual(row, { files: 0, batches: 0, purchases: 0, parties: 0 });
    } finally {
      await db.close();
    }
  });
});
