import assert from 'node:assert/strict';
import { it } from 'node:test';
import { hubWithReportedPeer, REPORTED } from '../../federation/testing/reported-peer.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp } from '../app.js';
import type { FederationNodes } from '../schemas/federation-schemas.js';
import { signedIn } from '../testing/signed-in.js';

describeEachEngine('GET /api/federation/nodes', (engine) => {
  it('shows each trusted node with its agreement, its last exchange and its own report of what it kept back', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const empty = await app.inject({
      method: 'GET',
      url: '/api/federation/nodes',
      headers: await signedIn(app, db, { role: 'viewer', countries: 'ALL' }),
    });
    assert.deepEqual(empty.json<FederationNodes>(), { nodes: [] });

    const peru = await hubWithReportedPeer(db);
    const get = async (countries: readonly string[] | 'ALL') =>
      app.inject({
        method: 'GET',
        url: '/api/federation/nodes',
        headers: await signedIn(app, db, { role: 'analyst', countries }),
      });
    const response = await get('ALL');
    assert.equal(response.statusCode, 200, response.body);
    const [node, ...others] = response.json<FederationNodes>().nodes;
    assert.equal(others.length, 0);
    assert.equal(node?.nodeId, peru);
    assert.equal(node.country, 'PE');
    assert.equal(node.envelopes, 2);
    assert.ok(node.lastExchange !== null);
    assert.equal(node.keys.length, 1);
    const [held] = node.agreements;
    assert.equal(held?.agreement.id, 'PE-HUB');
    assert.deepEqual(held.agreement.records.InputTransaction, 'none');
    assert.equal(held.purposes[0]?.name.es, 'Detección transfronteriza de flujos de oro ilegal');
    assert.deepEqual(held.lastReport?.tallies, REPORTED.tallies);
    assert.deepEqual(node.received, []);

    // Counts of Peru's records are Peru's: a user who sees only Colombia sees no Peruvian node.
    assert.deepEqual((await get(['CO'])).json<FederationNodes>().nodes, []);
    assert.equal((await get(['PE'])).json<FederationNodes>().nodes.length, 1);
    assert.equal((await app.inject({ method: 'GET', url: '/api/federation/nodes' })).statusCode, 401);
    await app.close();
  });
});
