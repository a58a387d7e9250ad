import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkSignIn } from '../access/sign-in.js';
import { evidenceOrigins, originKey } from '../federation/evidence-origins.js';
import { nodesStatus } from '../federation/nodes-status.js';
import { DEMO_CREDENTIALS } from './demo-user.js';
import { prepareFederatedDemo } from './federated-demo.js';

// The demo runs on the embedded database by design (a folder per member), so this suite is PGlite only.
void describe('the federated demo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'veta-federated-demo-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'serves a hub that holds each country’s agreement and report, then reuses it',
    { timeout: 600_000 },
    async () => {
      const stages: string[] = [];
      const built = await prepareFederatedDemo(dir, { onStage: (stage) => stages.push(stage) });
      try {
        assert.equal(built.reused, false);
        assert.ok(stages.includes('hub: receiving'), stages.join('; '));
        assert.deepEqual(
          built.summary.nodes.map((node) => node.node),
          ['PE', 'CO', 'EC', 'BO'],
        );
        const nodes = await nodesStatus(built.db);
        assert.deepEqual(nodes.map((node) => node.nodeId).sort(), ['BO', 'CO', 'EC', 'PE']);
        for (const node of nodes) {
          const [held] = node.agreements;
          assert.equal(held?.document.id, `${node.nodeId}-HUB`);
          // Each node told the hub what it kept back: Peru keeps its mercury and cyanide register.
          assert.ok(held.lastReport !== null, node.nodeId);
          assert.ok(node.received.length + node.totals.length > 0, node.nodeId);
        }
        const peru = nodes.find((node) => node.nodeId === 'PE');
        const inputs = peru?.agreements[0]?.lastReport?.tallies.find(
          (tally) => tally.recordType === 'InputTransaction',
        );
        assert.equal(inputs?.form, 'none');
        assert.ok((inputs?.withheld ?? 0) > 0);
        assert.ok(built.summary.alerts > 0);
        // An alert resting on a declaration a node shared names that node and the clause in its evidence.
        const [surge] = await built.db.query<{ evidence: { table: string; layout: string; id: string }[] }>(
          `SELECT evidence FROM alert a WHERE EXISTS (
           SELECT 1 FROM jsonb_array_elements(a.evidence) e WHERE e->>'table' = 'customs_declaration')
         ORDER BY id LIMIT 1`,
        );
        const refs = (surge?.evidence ?? []).map((item) => ({
          table: item.table,
          layout: item.layout,
          recordId: item.id,
        }));
        const origins = await evidenceOrigins(built.db, refs);
        const shared = refs.filter((ref) => origins.has(originKey(ref)));
        assert.ok(shared.length > 0, JSON.stringify(refs.slice(0, 2)));
        for (const ref of shared) {
          const origin = origins.get(originKey(ref));
          assert.equal(origin?.agreement, `${origin?.node ?? ''}-HUB`);
        }
        assert.equal(
          (await checkSignIn(built.db, DEMO_CREDENTIALS.username, DEMO_CREDENTIALS.password)).status,
          'signed-in',
        );
      } finally {
        await built.db.close();
      }
      const reused = await prepareFederatedDemo(dir, { onStage: (stage) => stages.push(`again: ${stage}`) });
      try {
        assert.equal(reused.reused, true);
        assert.deepEqual(reused.summary, built.summary);
        assert.equal(stages.filter((stage) => stage.startsWith('again')).length, 0);
      } finally {
        await reused.db.close();
      }
    },
  );
});
