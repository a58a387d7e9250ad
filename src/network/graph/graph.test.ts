import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { loadLayout } from '../../detect/testing/load-layout.js';
import { buildGraph } from './build-graph.js';
import { louvainCommunities, networkMetrics, project } from './metrics.js';

/** A RUC with SUNAT's modulo-11 check digit appended to its first ten digits. */
function ruc(base: string): string {
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(base[i]), 0);
  return `${base}${(11 - (sum % 11)) % 10}`;
}

const A = ['2060000001', '2060000002', '2060000003', '2060000004', '2060000005', '2060000006'].map(ruc);
const B = ['2070000001', '2070000002', '2070000003', '2070000004'].map(ruc);
const HUB = '41000001';
const BROKER = '42000002';
const OWNER_B = '43000003';

function company(id: string, address: string, dni: string): string {
  return `${id};COMERCIAL ORO ${id.slice(-3)} S.A.C.;SOCIEDAD ANONIMA CERRADA;ACTIVO;HABIDO;18/02/2021;4662;${address};AREQUIPA;DNI;${dni};QUISPE MAMANI JUAN`;
}

function owner(id: string, dni: string): string {
  return `${id};DNI;${dni};CONDORI;DÍAZ;ROSA;PE;02/08/1996;PROPIEDAD;100;;23/06/2021`;
}

function purchase(buyer: string, seller: string, fineGrams: number, receipt: string): string {
  return `15/03/2024;${buyer};${seller};COMERCIAL ORO S.A.C.;130400929;${(fineGrams / 0.9).toFixed(2)};900;${fineGrams.toFixed(2)};125619.18;3.75;TRANSFERENCIA;${receipt}`;
}

/**
 * Two groups: A1-A4 share an address and are owned by the hub (who also owns A5, A6 and represents
 * A3, A4); B1-B4 share another address and are owned by one person. The broker represents A1, A2,
 * B1 and B2: every path between the groups runs through the broker. B4 sells gold to B1 twice.
 */
async function twoGroups(db: Database): Promise<void> {
  const [a1 = '', a2 = '', a3 = '', a4 = '', a5 = '', a6 = ''] = A;
  const [b1 = '', b2 = '', b3 = '', b4 = ''] = B;
  await loadLayout(db, 'PE-PADRON-RUC', [
    company(a1, 'JR. AYACUCHO 642', BROKER),
    company(a2, 'JR AYACUCHO  642', BROKER),
    company(a3, 'Jr. Ayacucho 642', HUB),
    company(a4, 'JR. AYACUCHO 642', HUB),
    company(b1, 'AV. BOLOGNESI 120', BROKER),
    company(b2, 'AV. BOLOGNESI 120', BROKER),
    company(b3, 'AV. BOLOGNESI 120', OWNER_B),
    company(b4, 'AV. BOLOGNESI 120', OWNER_B),
  ]);
  await loadLayout(db, 'PE-BENEFICIARIO-FINAL', [
    ...[a1, a2, a3, a4, a5, a6].map((id) => owner(id, HUB)),
    ...[b1, b2, b3, b4].map((id) => owner(id, OWNER_B)),
  ]);
  await loadLayout(db, 'PE-COMPRAS', [purchase(b1, b4, 1000, 'E001-1'), purchase(b1, b4, 500, 'E001-2')]);
  await loadLayout(db, 'GOLD-PRICE', ['2024-03,2000']);
}

describeEachEngine('party graph', (engine) => {
  it('links parties by ownership, control, shared address and trade, one edge per pair and kind', async () => {
    const db = await engine.openMigrated();
    await twoGroups(db);
    const graph = await buildGraph(db);
    const [a1 = '', a2 = '', a3 = '', a4 = ''] = A.map((id) => `PE:RUC:${id}`);
    const [b1 = '', , , b4 = ''] = B.map((id) => `PE:RUC:${id}`);
    const kinds = (source: string, target: string): string[] =>
      graph
        .edges(source, target)
        .map((edge) => graph.getEdgeAttribute(edge, 'kind'))
        .sort();
    assert.deepEqual(kinds(`PE:DNI:${HUB}`, a3), ['CONTROL', 'OWNERSHIP']);
    assert.deepEqual(kinds(`PE:DNI:${BROKER}`, a1), ['CONTROL']);
    // The address is compared once spaces, dots and case are set aside.
    const [first = '', second = ''] = [a1, a2, a3, a4].sort();
    assert.deepEqual(kinds(first, second), ['SHARED_ADDRESS']);
    assert.equal(graph.edges(a1, b1).length + graph.edges(b1, a1).length, 0);
    // Two purchases, 1.5 kg fine, at USD 2,000 per troy ounce.
    const [trade] = graph.edges(b4, b1).filter((edge) => graph.getEdgeAttribute(edge, 'kind') === 'TRADE');
    assert.ok(trade !== undefined);
    const attributes = graph.getEdgeAttributes(trade);
    assert.equal(attributes.records, 2);
    assert.equal(attributes.fineKg, 1.5);
    assert.equal(Number(attributes.usd?.toFixed(2)), Number((1.5 * 32.1507466 * 2000).toFixed(2)));
  });

  it('finds the broker between two groups, the hub, and the two groups as communities', async () => {
    const db = await engine.openMigrated();
    await twoGroups(db);
    const metrics = networkMetrics(await buildGraph(db), { top: 5 });
    assert.equal(metrics.brokers[0]?.id, `PE:DNI:${BROKER}`);
    assert.equal(metrics.hubs[0]?.id, `PE:DNI:${HUB}`);
    assert.equal(metrics.hubs[0]?.value, 6);
    const [largest, second] = metrics.communities;
    assert.equal(metrics.communities.length, 2);
    assert.ok(largest !== undefined && second !== undefined);
    const groupB = largest.fineKgInside > 0 ? largest : second;
    assert.equal(groupB.fineKgInside, 1.5);
    assert.equal(largest.members + second.members, 13);
    const { communities } = louvainCommunities(project(await buildGraph(db), () => true));
    const of = (ids: readonly string[]): Set<number | undefined> =>
      new Set(ids.map((id) => communities[`PE:RUC:${id}`]));
    assert.equal(of(A).size, 1);
    assert.equal(of(B).size, 1);
    assert.notDeepEqual(of(A), of(B));
  });

  it('gives the same communities on every run', async () => {
    const db = await engine.openMigrated();
    await twoGroups(db);
    const graph = await buildGraph(db);
    assert.deepEqual(networkMetrics(graph).communities, networkMetrics(graph).communities);
  });

  it('names a party by its resolved entity, merging the edges of its records', async () => {
    const db = await engine.openMigrated();
    await twoGroups(db);
    const [, , , , a5 = '', a6 = ''] = A;
    for (const id of [a5, a6]) {
      await db.query(
        `INSERT INTO entity_member (record_key, layout, record_id, entity_id) VALUES ($1, 'PE-PADRON-RUC', $2, 'E-1')`,
        [`PE-PADRON-RUC/PE:RUC:${id}`, `PE:RUC:${id}`],
      );
    }
    const graph = await buildGraph(db);
    assert.equal(graph.hasNode(`PE:RUC:${a5}`) || graph.hasNode(`PE:RUC:${a6}`), false);
    const edges = graph.edges(`PE:DNI:${HUB}`, 'E-1');
    assert.deepEqual(
      edges.map((edge) => [graph.getEdgeAttribute(edge, 'kind'), graph.getEdgeAttribute(edge, 'records')]),
      [['OWNERSHIP', 2]],
    );
  });
});
