import assert from 'node:assert/strict';
import { it } from 'node:test';
import { peRucCheckDigit } from '@veta/standard';
import type { Scope } from '../../store/scope/scope.js';
import { loadLayout } from '../../detect/testing/load-layout.js';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { neighbourhood } from './neighbourhood.js';

const ruc = (base: string): string => `${base}${peRucCheckDigit(base)}`;
const [A = '', B = '', C = '', D = '', E = '', X = ''] = ['1', '2', '3', '4', '5', '6'].map((n) =>
  ruc(`206000000${n}`),
);
const id = (rucNumber: string): string => `PE:RUC:${rucNumber}`;
const PERU: Scope = { countries: ['PE'], agency: null };
const REGION: Scope = { countries: 'ALL', agency: null };

let receipt = 0;
function sale(seller: string, buyer: string, fineGrams: number): string {
  receipt += 1;
  return `15/03/2024;${buyer};${seller};VENDEDOR ${seller.slice(-3)} S.A.C.;;${(fineGrams / 0.9).toFixed(2)};900;${fineGrams.toFixed(2)};1000;3.75;TRANSFERENCIA;E001-${String(receipt)}`;
}

function goldExport(exporter: string, country: string): string {
  receipt += 1;
  return `235-2024-40-${String(receipt).padStart(6, '0')};40;20/03/2024;${exporter};EXPORTADORA S.A.C.;7108120000;ORO EN BRUTO ALEADO (DORE);${country};235;1;1;800;50000;;REFINER AG`;
}

/**
 * A chain of traders A -> B -> C -> D (B sells to C twice), and E -> B; D and X export to
 * Switzerland. Sellers have a party record each (the purchase register names them); buyers none.
 */
async function chain(db: Database): Promise<void> {
  await loadLayout(db, 'PE-COMPRAS', [
    sale(A, B, 100),
    sale(B, C, 100),
    sale(B, C, 50),
    sale(C, D, 100),
    sale(E, B, 100),
  ]);
  await loadLayout(db, 'PE-DAM', [goldExport(D, 'CH'), goldExport(X, 'CH')]);
}

const ids = (nodes: readonly { id: string }[]): string[] => nodes.map((node) => node.id).sort();

describeEachEngine('a party’s neighbourhood', (engine) => {
  it('widens hop by hop, with the edges among the nodes it reaches', async () => {
    const db = await engine.openMigrated();
    await chain(db);
    const one = await neighbourhood(db, REGION, id(B), { hops: 1, limit: 100 });
    assert.deepEqual(ids(one.nodes), [id(A), id(B), id(C), id(E)].sort());
    const toC = one.edges.find((edge) => edge.source === id(B) && edge.target === id(C));
    assert.deepEqual(toC && [toC.kind, toC.records, toC.fineKg], ['TRADE', 2, 0.15]);
    assert.equal(one.nodes.find((node) => node.id === id(C))?.hop, 1);
    const two = await neighbourhood(db, REGION, id(B), { hops: 2, limit: 100 });
    assert.equal(two.nodes.find((node) => node.id === id(D))?.hop, 2);
    assert.equal(two.truncated, false);
  });

  it('stops at a country: exporters to one country are not neighbours through it', async () => {
    const db = await engine.openMigrated();
    await chain(db);
    const around = await neighbourhood(db, REGION, id(D), { hops: 3, limit: 100 });
    const switzerland = around.nodes.find((node) => node.id === 'CH');
    assert.deepEqual(switzerland && [switzerland.kind, switzerland.hop], ['COUNTRY', 1]);
    assert.equal(
      around.nodes.some((node) => node.id === id(X)),
      false,
    );
  });

  it('keeps the most strongly linked neighbours when the limit cuts a ring, and says so', async () => {
    const db = await engine.openMigrated();
    await chain(db);
    const cut = await neighbourhood(db, REGION, id(B), { hops: 2, limit: 2 });
    assert.deepEqual(ids(cut.nodes), [id(B), id(C)].sort());
    assert.equal(cut.truncated, true);
    assert.ok(cut.edges.every((edge) => edge.source === id(B) && edge.target === id(C)));
  });

  it('leaves out, and counts, neighbours whose records are all outside the scope', async () => {
    const db = await engine.openMigrated();
    await chain(db);
    // As if E's only register entry had been filed in Colombia.
    await db.query(`UPDATE party SET country = 'CO' WHERE id = $1`, [id(E)]);
    const peru = await neighbourhood(db, PERU, id(B), { hops: 1, limit: 100 });
    assert.deepEqual(ids(peru.nodes), [id(A), id(B), id(C)].sort());
    assert.equal(peru.hidden, 1);
    assert.ok(peru.edges.every((edge) => edge.source !== id(E)));
    const region = await neighbourhood(db, REGION, id(B), { hops: 1, limit: 100 });
    assert.equal(region.hidden, 0);
    // Records filed outside the scope link nothing: Colombia's analyst sees no trade at all.
    const colombia = await neighbourhood(db, { countries: ['CO'], agency: null }, id(B), {
      hops: 1,
      limit: 100,
    });
    assert.deepEqual(colombia.edges, []);
  });
});
