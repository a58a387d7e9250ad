import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp, type VetaApp } from '../app.js';
import { signedIn } from '../testing/signed-in.js';
import { loadTwoCountryWorld, WORLD } from '../testing/two-country-world.js';

interface Collection {
  type: string;
  features: {
    type: string;
    id: string;
    geometry: { type: string; coordinates: unknown[] } | null;
    properties: Record<string, unknown>;
  }[];
  total: number;
  truncated: boolean;
}

/** Every ring of a Polygon or MultiPolygon closes and holds [lon, lat] pairs in range. */
function validArea(geometry: { type: string; coordinates: unknown[] } | null): boolean {
  if (geometry === null) return false;
  const polygons = (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ) as number[][][][];
  return polygons.every((rings) =>
    rings.every((ring) => {
      const first = ring[0];
      const last = ring[ring.length - 1];
      const inRange = ring.every(([x = NaN, y = NaN]) => Math.abs(x) <= 180 && Math.abs(y) <= 90);
      return ring.length >= 4 && inRange && first?.[0] === last?.[0] && first?.[1] === last?.[1];
    }),
  );
}

describeEachEngine('geography routes', (engine) => {
  let db: Database;
  let app: VetaApp;
  let region: { authorization: string };
  let peru: { authorization: string };

  before(async () => {
    db = await engine.openMigrated();
    await loadTwoCountryWorld(db);
    app = await buildApp({ db });
    region = await signedIn(app, db, { role: 'viewer', countries: 'ALL' });
    peru = await signedIn(app, db, { role: 'analyst', countries: ['PE'] });
  });
  after(() => app.close());

  const get = (url: string, headers?: { authorization: string }) =>
    app.inject({ method: 'GET', url, ...(headers ? { headers } : {}) });

  it('answers 401 to anonymous requests', async () => {
    for (const url of [
      '/api/rights',
      `/api/rights/${WORLD.peRight}`,
      '/api/detections',
      '/api/protected-areas',
    ]) {
      assert.equal((await get(url)).statusCode, 401, url);
    }
  });

  it('maps rights as valid GeoJSON with status, holders, hectares and flags, filtered by window and country', async () => {
    const allAnswer = await get('/api/rights', region);
    const all = { status: allAnswer.statusCode, body: allAnswer.json<Collection>() };
    assert.equal(all.status, 200);
    assert.equal(all.body.type, 'FeatureCollection');
    assert.deepEqual(
      all.body.features.map((feature) => feature.id),
      [WORLD.coRight, WORLD.peRight, WORLD.peRightElsewhere],
    );
    assert.ok(
      all.body.features.every((feature) => feature.type === 'Feature' && validArea(feature.geometry)),
    );
    const pataz = all.body.features.find((feature) => feature.id === WORLD.peRight);
    assert.deepEqual(
      pataz && [pataz.properties.status, pataz.properties.hectares, pataz.properties.holders],
      [
        'IN_FORCE',
        1200,
        [
          {
            id: WORLD.mine,
            name: 'MINERA SAN JOSÉ DE PATAZ S.A.',
            entity:
              pataz?.properties.holders && (pataz.properties.holders as { entity: string }[])[0]?.entity,
          },
        ],
      ],
    );
    assert.ok(Array.isArray(pataz?.properties.flags));

    const windowAnswer = await get('/api/rights?bbox=-70.6,-13,-70.3,-12.7', region);
    const window = { status: windowAnswer.statusCode, body: windowAnswer.json<Collection>() };
    assert.deepEqual(
      window.body.features.map((feature) => feature.id),
      [WORLD.peRight],
    );
    const colombiaAnswer = await get('/api/rights?country=CO', region);
    const colombia = { status: colombiaAnswer.statusCode, body: colombiaAnswer.json<Collection>() };
    assert.deepEqual(
      colombia.body.features.map((feature) => feature.id),
      [WORLD.coRight],
    );
    const limitedAnswer = await get('/api/rights?limit=1', region);
    const limited = { status: limitedAnswer.statusCode, body: limitedAnswer.json<Collection>() };
    assert.deepEqual(
      [limited.body.features.length, limited.body.total, limited.body.truncated],
      [1, 3, true],
    );
    assert.equal((await get('/api/rights?bbox=-70,-12,-71,-13', region)).statusCode, 400);
    assert.equal((await get('/api/rights?bbox=west', region)).statusCode, 400);
  });

  it('keeps a Peruvian analyst to Peruvian rights, detections and areas', async () => {
    const rightsAnswer = await get('/api/rights', peru);
    const rights = { status: rightsAnswer.statusCode, body: rightsAnswer.json<Collection>() };
    assert.deepEqual(
      rights.body.features.map((feature) => feature.id),
      [WORLD.peRight, WORLD.peRightElsewhere],
    );
    assert.equal((await get('/api/rights?country=CO', peru)).json<Collection>().features.length, 0);
    const rightAnswer = await get(`/api/rights/${WORLD.coRight}`, peru);
    const right = { status: rightAnswer.statusCode, body: rightAnswer.json<{ code: string }>() };
    assert.deepEqual([right.status, right.body.code], [404, 'NOT_FOUND']);
    // Only the detection inside a Peruvian right is Peru's; the one in no right or area is regional.
    const detectionsAnswer = await get('/api/detections', peru);
    const detections = { status: detectionsAnswer.statusCode, body: detectionsAnswer.json<Collection>() };
    assert.deepEqual(
      detections.body.features.map((feature) => feature.id),
      ['SAT:AMW-2024-000001'],
    );
    const areasAnswer = await get('/api/protected-areas', peru);
    const areas = { status: areasAnswer.statusCode, body: areasAnswer.json<Collection>() };
    assert.deepEqual(
      areas.body.features.map((feature) => feature.properties.countries),
      [['PE']],
    );
  });

  it('gives a right’s months: production declared, gold bought naming it, capacity; its inputs and detections', async () => {
    const answer = await get(`/api/rights/${WORLD.peRight}`, peru);
    const status = answer.statusCode;
    const body = answer.json<{
      id: string;
      file: string;
      row: number;
      months: {
        month: string;
        declaredKg: number | null;
        purchasedFineKg: number | null;
        purchases: number;
      }[];
      inputs: { month: string; input: string; unit: string; quantity: number }[];
      detections: { id: string; point: number[]; file: string }[];
      geometry: { type: string } | null;
    }>();
    assert.equal(status, 200);
    assert.deepEqual([body.file, body.row, body.geometry?.type], ['PE-CATASTRO.csv', 2, 'Polygon']);
    assert.deepEqual(
      body.months.map((month) => [month.month, month.declaredKg, month.purchasedFineKg, month.purchases]),
      [
        ['2024-01', 2, 1, 1],
        ['2024-02', 3, 0.5, 1],
      ],
    );
    assert.deepEqual(
      body.inputs.map((input) => [input.month, input.input, input.unit, input.quantity]),
      [
        ['2024-01', 'MERCURY', 'kg', 3],
        ['2024-02', 'MERCURY', 'kg', 2],
      ],
    );
    assert.deepEqual(
      body.detections.map((detection) => [detection.id, detection.file]),
      [['SAT:AMW-2024-000001', 'SATELLITE-ALERTS.geojson']],
    );
    const [lon = 0, lat = 0] = body.detections[0]?.point ?? [];
    assert.ok(Math.abs(lon + 70.45) < 1e-9 && Math.abs(lat + 12.85) < 1e-9);

    const colombianAnswer = await get(`/api/rights/${WORLD.coRight}`, region);
    const colombian = {
      status: colombianAnswer.statusCode,
      body: colombianAnswer.json<{
        capacity: { kgPerMonth: number } | null;
        months: { capacityKg: number }[];
      }>(),
    };
    assert.equal(colombian.body.capacity?.kgPerMonth, 1);
    assert.deepEqual(
      colombian.body.months.map((month) => month.capacityKg),
      [1],
    );
  });

  it('gives detections as points, by window and dates', async () => {
    const allAnswer = await get('/api/detections', region);
    const all = { status: allAnswer.statusCode, body: allAnswer.json<Collection>() };
    assert.equal(all.body.features.length, 3);
    assert.ok(all.body.features.every((feature) => feature.geometry?.type === 'Point'));
    const windowAnswer = await get('/api/detections?bbox=-77,5,-76,6', region);
    const window = { status: windowAnswer.statusCode, body: windowAnswer.json<Collection>() };
    assert.deepEqual(
      window.body.features.map((feature) => feature.id),
      ['SAT:AMW-2024-000002'],
    );
    const januaryAnswer = await get('/api/detections?from=2024-01-01&to=2024-01-31', region);
    const january = { status: januaryAnswer.statusCode, body: januaryAnswer.json<Collection>() };
    assert.deepEqual(
      january.body.features.map((feature) => feature.id),
      ['SAT:AMW-2024-000001'],
    );
    const areasAnswer = await get('/api/protected-areas', region);
    const areas = { status: areasAnswer.statusCode, body: areasAnswer.json<Collection>() };
    assert.equal(areas.body.features.length, 2);
    assert.ok(areas.body.features.every((feature) => validArea(feature.geometry)));
  });
});
