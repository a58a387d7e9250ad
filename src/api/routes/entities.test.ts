import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp, type VetaApp } from '../app.js';
import { createSignedInUser, signedIn } from '../testing/signed-in.js';
import { entityOf, loadTwoCountryWorld, WORLD } from '../testing/two-country-world.js';

interface Summary {
  id: string;
  name: string;
  identifiers: string[];
  score: number;
  exactIdentifier: boolean;
}
interface Profile {
  id: string;
  name: string;
  countries: string[];
  identities: {
    layout: string;
    file: string;
    row: number;
    recordId: string;
    name: string;
    country: string;
  }[];
  alerts: { items: { id: string; typologyName: { en: string } }[]; total: number };
  activity: Record<string, number>;
  risk: number | null;
}
interface Network {
  nodes: { id: string; kind: string; hop: number; label: string | null; risk: number | null }[];
  edges: { source: string; target: string; kind: string; weight: number; fineKg: number | null }[];
  truncated: boolean;
  hidden: number;
}

describeEachEngine('entity routes', (engine) => {
  let db: Database;
  let app: VetaApp;
  let region: { authorization: string };
  let peru: { authorization: string };
  let colombia: { authorization: string };
  const ids: Record<keyof typeof WORLD, string> = { ...WORLD };

  before(async () => {
    db = await engine.openMigrated();
    await loadTwoCountryWorld(db);
    app = await buildApp({ db });
    region = await signedIn(app, db, { role: 'analyst', countries: 'ALL' });
    peru = await signedIn(app, db, { role: 'analyst', countries: ['PE'] });
    colombia = await signedIn(app, db, { role: 'viewer', countries: ['CO'] });
    for (const key of [
      'trader',
      'sister',
      'mine',
      'owner',
      'partner',
      'representative',
      'colombian',
    ] as const) {
      ids[key] = await entityOf(db, WORLD[key]);
    }
  });
  after(() => app.close());

  const get = (url: string, headers: { authorization: string }) =>
    app.inject({ method: 'GET', url, headers });
  const search = async (q: string, headers: { authorization: string }): Promise<Summary[]> => {
    const answer = await get(`/api/entities?q=${encodeURIComponent(q)}`, headers);
    const status = answer.statusCode;
    const body = answer.json<{ items: Summary[]; total: number }>();
    assert.equal(status, 200);
    assert.equal(body.total >= body.items.length, true);
    return body.items;
  };

  it('answers 401 to anonymous requests', async () => {
    for (const url of [
      '/api/entities?q=pena',
      `/api/entities/${ids.trader}`,
      `/api/entities/${ids.trader}/network`,
    ]) {
      const response = await app.inject({ method: 'GET', url });
      assert.equal(response.statusCode, 401, url);
      assert.equal(response.json<{ code: string }>().code, 'UNAUTHENTICATED');
    }
  });

  it('finds names without their accents, misspelt, and by identifier with the exact one first', async () => {
    const [pena] = await search('comercial pena oro', region);
    assert.equal(pena?.id, ids.trader);
    assert.equal(pena?.name, 'COMERCIAL PEÑA ORO S.A.C.');
    const misspelt = await search('Colqe Mejia Marta', region);
    assert.equal(misspelt[0]?.id, ids.owner);
    const byRuc = await search(WORLD.trader.slice(7), region);
    assert.equal(byRuc[0]?.id, ids.trader);
    assert.equal(byRuc[0]?.exactIdentifier, true);
    assert.equal(byRuc[0]?.score, 1);
    const byCanonical = await search(WORLD.trader.toLowerCase(), region);
    assert.equal(byCanonical[0]?.id, ids.trader);
  });

  it('searches only the records within the caller’s countries', async () => {
    assert.ok((await search('pena gold', region)).some((found) => found.id === ids.colombian));
    assert.equal(
      (await search('pena gold', peru)).some((found) => found.id === ids.colombian),
      false,
    );
    // The passport is only in the Colombian register: Peru neither matches it nor shows it.
    assert.equal((await search('B53285681', region))[0]?.id, ids.owner);
    assert.deepEqual(await search('B53285681', peru), []);
    const [owner] = await search('colque mejia', peru);
    assert.deepEqual(owner?.identifiers, [WORLD.owner]);
  });

  it('profiles an entity with each record’s file and row, its alerts and activity, and audits the read', async () => {
    const answer = await get(`/api/entities/${ids.trader}`, region);
    const status = answer.statusCode;
    const body = answer.json<Profile>();
    assert.equal(status, 200);
    assert.equal(body.name, 'COMERCIAL PEÑA ORO S.A.C.');
    const padron = body.identities.find((identity) => identity.layout === 'PE-PADRON-RUC');
    assert.deepEqual(
      padron && { file: padron.file, row: padron.row, recordId: padron.recordId, country: padron.country },
      // Rows are counted as a spreadsheet shows them: the header is row 1.
      { file: 'PE-PADRON-RUC.csv', row: 2, recordId: WORLD.trader, country: 'PE' },
    );
    assert.deepEqual(
      body.alerts.items.map((item) => item.id),
      ['A-PE-1'],
    );
    assert.equal(body.alerts.items[0]?.typologyName.en.length ? true : false, true);
    assert.equal(body.activity.purchases, 2);
    // Its alert gives it a risk score.
    assert.ok(body.risk !== null && body.risk > 0);
    assert.equal(body.activity.customsDeclarations, 1);
    const [audited] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'entity.read' AND subject_id = $1`,
      [ids.trader],
    );
    assert.equal(audited?.n, 1);
  });

  it('shows a Peruvian analyst only the Peruvian records of a cross-border entity, and no Colombian entity', async () => {
    const allAnswer = await get(`/api/entities/${ids.owner}`, region);
    const all = { status: allAnswer.statusCode, body: allAnswer.json<Profile>() };
    assert.deepEqual(all.body.countries, ['CO', 'PE']);
    assert.ok(all.body.identities.some((identity) => identity.file === 'CO-RUB.csv'));
    assert.deepEqual(
      all.body.alerts.items.map((item) => item.id),
      ['A-CO-1'],
    );
    const peAnswer = await get(`/api/entities/${ids.owner}`, peru);
    const pe = { status: peAnswer.statusCode, body: peAnswer.json<Profile>() };
    assert.equal(pe.status, 200);
    assert.deepEqual(pe.body.countries, ['PE']);
    assert.deepEqual([...new Set(pe.body.identities.map((identity) => identity.country))], ['PE']);
    assert.equal(pe.body.alerts.total, 0);
    const hiddenAnswer = await get(`/api/entities/${ids.colombian}`, peru);
    const hidden = { status: hiddenAnswer.statusCode, body: hiddenAnswer.json<{ code: string }>() };
    assert.equal(hidden.status, 404);
    assert.equal(hidden.body.code, 'NOT_FOUND');
    for (const part of ['owners', 'network', 'timeline']) {
      assert.equal((await get(`/api/entities/${ids.colombian}/${part}`, peru)).statusCode, 404, part);
    }
    assert.equal((await get(`/api/entities/${ids.colombian}`, colombia)).statusCode, 200);
    assert.equal((await get(`/api/entities/${ids.trader}`, colombia)).statusCode, 404);
  });

  it('audits each read with the countries the reader reached: Peru never learns who read Colombian entities', async () => {
    const colombian = await createSignedInUser(db, { role: 'viewer', countries: ['CO'] });
    const peruvian = await createSignedInUser(db, { role: 'viewer', countries: ['PE'] });
    const regional = await createSignedInUser(db, { role: 'viewer', countries: 'ALL' });
    for (const reader of [colombian, peruvian, regional]) {
      assert.equal((await get(`/api/entities/${ids.owner}`, reader.headers)).statusCode, 200);
    }
    assert.equal((await get(`/api/entities/${ids.colombian}`, colombian.headers)).statusCode, 200);
    const trailFor = async (countries: readonly string[] | 'ALL') => {
      const headers = await signedIn(app, db, { role: 'auditor', countries });
      const answer = await get('/api/audit?limit=500', headers);
      return answer
        .json<{ items: { actorUsername: string; subjectId: string; countries: string[] }[] }>()
        .items.filter((item) =>
          [colombian, peruvian, regional].some((reader) => reader.user.username === item.actorUsername),
        )
        .map((item) => `${item.actorUsername} ${item.subjectId} ${item.countries.join(',')}`)
        .reverse();
    };
    const seen = {
      colombian: `${colombian.user.username} ${ids.owner} CO`,
      colombianEntity: `${colombian.user.username} ${ids.colombian} CO`,
      peruvian: `${peruvian.user.username} ${ids.owner} PE`,
      regional: `${regional.user.username} ${ids.owner} CO,PE`,
    };
    assert.deepEqual(await trailFor(['PE']), [seen.peruvian, seen.regional]);
    assert.deepEqual(await trailFor(['CO']), [seen.colombian, seen.regional, seen.colombianEntity]);
    assert.deepEqual(await trailFor('ALL'), [
      seen.colombian,
      seen.peruvian,
      seen.regional,
      seen.colombianEntity,
    ]);
  });

  it('gives the ultimate owners with their shares and entities', async () => {
    const answer = await get(`/api/entities/${ids.trader}/owners`, peru);
    const status = answer.statusCode;
    const body = answer.json<{
      subjects: {
        party: string;
        owners: {
          party: string;
          entity: string | null;
          effectiveShare: number | null;
          control: { interest: string }[];
        }[];
      }[];
    }>();
    assert.equal(status, 200);
    const owners = body.subjects.flatMap((subject) => subject.owners);
    // The legal representative controls without a share.
    assert.deepEqual(
      owners.map((owner) => [
        owner.party,
        owner.entity,
        owner.effectiveShare,
        owner.control.map((c) => c.interest),
      ]),
      [
        [WORLD.owner, ids.owner, 0.6, []],
        [WORLD.partner, ids.partner, 0.4, []],
        [WORLD.representative, ids.representative, null, ['legalRepresentative']],
      ],
    );
    const abroadAnswer = await get(`/api/entities/${ids.colombian}/owners`, colombia);
    const abroad = {
      status: abroadAnswer.statusCode,
      body: abroadAnswer.json<{ subjects: { owners: { party: string }[] }[] }>(),
    };
    assert.deepEqual(
      abroad.body.subjects.flatMap((subject) => subject.owners.map((owner) => owner.party)),
      [WORLD.ownerAbroad],
    );
  });

  it('draws the neighbourhood hop by hop, truncated at the limit, within the caller’s countries', async () => {
    const profileRisk = (await get(`/api/entities/${ids.trader}`, region)).json<Profile>().risk;
    const oneAnswer = await get(`/api/entities/${ids.trader}/network?hops=1`, region);
    const one = { status: oneAnswer.statusCode, body: oneAnswer.json<Network>() };
    assert.equal(one.status, 200);
    const between = (network: Network, a: string, b: string): string[] =>
      network.edges
        .filter(
          (edge) => (edge.source === a && edge.target === b) || (edge.source === b && edge.target === a),
        )
        .map((edge) => edge.kind)
        .sort();
    assert.deepEqual(between(one.body, ids.trader, ids.sister), ['SHARED_ADDRESS']);
    assert.deepEqual(between(one.body, ids.owner, ids.trader), ['OWNERSHIP']);
    assert.deepEqual(between(one.body, ids.representative, ids.trader), ['CONTROL']);
    // Links among the neighbours show too: the owner and the representative also hold the sister.
    assert.deepEqual(between(one.body, ids.owner, ids.sister), ['OWNERSHIP']);
    const sale = one.body.edges.find((edge) => edge.source === ids.mine && edge.target === ids.trader);
    assert.deepEqual(sale && [sale.kind, sale.weight, sale.fineKg], ['TRADE', 2, 1.5]);
    assert.ok(one.body.nodes.some((node) => node.id === 'CH' && node.kind === 'COUNTRY'));
    assert.equal(
      one.body.nodes.some((node) => node.id === ids.colombian),
      false,
    );
    assert.equal(one.body.truncated, false);
    assert.equal(one.body.nodes.find((node) => node.id === ids.trader)?.risk, profileRisk);

    // Two links out, the owner's Colombian company appears for a regional user only.
    const twoAnswer = await get(`/api/entities/${ids.trader}/network?hops=2`, region);
    const two = { status: twoAnswer.statusCode, body: twoAnswer.json<Network>() };
    assert.equal(two.body.nodes.find((node) => node.id === ids.colombian)?.hop, 2);
    const twoPeruAnswer = await get(`/api/entities/${ids.trader}/network?hops=2`, peru);
    const twoPeru = { status: twoPeruAnswer.statusCode, body: twoPeruAnswer.json<Network>() };
    assert.equal(
      twoPeru.body.nodes.some((node) => node.id === ids.colombian),
      false,
    );
    assert.ok(twoPeru.body.nodes.every((node) => node.kind === 'COUNTRY' || node.id !== ids.colombian));

    const smallAnswer = await get(`/api/entities/${ids.trader}/network?hops=2&limit=3`, region);
    const small = { status: smallAnswer.statusCode, body: smallAnswer.json<Network>() };
    assert.equal(small.body.nodes.length, 3);
    assert.equal(small.body.truncated, true);
    const kept = new Set(small.body.nodes.map((node) => node.id));
    assert.ok(small.body.edges.every((edge) => kept.has(edge.source) && kept.has(edge.target)));

    assert.equal((await get(`/api/entities/${ids.trader}/network?hops=4`, region)).statusCode, 400);
  });

  it('lists what the entity bought, sold and exported by date, with amounts and counterparties', async () => {
    const answer = await get(`/api/entities/${ids.trader}/timeline`, peru);
    const status = answer.statusCode;
    const body = answer.json<{
      items: {
        kind: string;
        date: string;
        fineKg: number | null;
        usd: number | null;
        usdBasis: string | null;
        file: string;
        row: number;
        counterparty: { party: string | null; entity: string | null; country: string | null } | null;
      }[];
      total: number;
    }>();
    assert.equal(status, 200);
    assert.deepEqual(
      body.items.map((item) => [item.kind, item.date, item.fineKg, item.usd, item.usdBasis]),
      [
        ['PURCHASE', '2024-01-15', 1, 64000, 'declared'],
        ['PURCHASE', '2024-02-10', 0.5, 32000, 'declared'],
        ['EXPORT', '2024-02-20', 1.2, 80000, 'declared'],
      ],
    );
    assert.deepEqual(body.items[0]?.counterparty, {
      party: WORLD.mine,
      entity: ids.mine,
      name: 'MINERA SAN JOSÉ DE PATAZ S.A.',
      country: null,
    });
    assert.deepEqual([body.items[0]?.file, body.items[0]?.row], ['PE-COMPRAS.csv', 2]);
    assert.equal(body.items[2]?.counterparty?.country, 'CH');
    const februaryAnswer = await get(
      `/api/entities/${ids.trader}/timeline?from=2024-02-01&to=2024-02-15`,
      peru,
    );
    const february = {
      status: februaryAnswer.statusCode,
      body: februaryAnswer.json<{ items: { date: string }[]; total: number }>(),
    };
    assert.deepEqual(
      february.body.items.map((item) => item.date),
      ['2024-02-10'],
    );
    assert.equal(february.body.total, 1);
    const mineAnswer = await get(`/api/entities/${ids.mine}/timeline?to=2024-01-31`, peru);
    const mine = {
      status: mineAnswer.statusCode,
      body: mineAnswer.json<{
        items: { kind: string; fineKg: number | null; usd: number | null; usdBasis: string }[];
      }>(),
    };
    // The mine's January: its declaration (priced at the reference) and its sale to the trader.
    assert.deepEqual(
      mine.body.items.map((item) => [item.kind, item.fineKg, item.usdBasis]),
      [
        ['PRODUCTION', 2, 'reference'],
        ['SALE', 1, 'declared'],
      ],
    );
    assert.equal(mine.body.items[0]?.usd, Math.round(2 * 2000 * 32.1507466 * 100) / 100);
  });
});
