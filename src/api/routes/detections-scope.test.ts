import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { it } from 'node:test';
import { peRucCheckDigit } from '@veta/standard';
import { featureCollection, squareRing } from '../../detect/testing/geojson.js';
import { HEADERS } from '../../detect/testing/headers.js';
import { loadLayoutFile } from '../../detect/testing/load-layout.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp, type VetaApp } from '../app.js';
import { multipartFile } from '../testing/multipart.js';
import { signedIn } from '../testing/signed-in.js';

type Headers = { authorization: string };

const HOLDER = `2010000000${String(peRucCheckDigit('2010000000'))}`;

// One detection in each country, at places inside its Natural Earth boundary.
const DETECTIONS: [string, number, number][] = [
  ['IN-PE', -70.45, -12.85],
  ['IN-CO', -76.68, 5.12],
  ['IN-EC', -78.5, -0.2],
  ['IN-BO', -68.1, -16.5],
];

async function uploadAndWait(
  app: VetaApp,
  headers: Headers,
  fileName: string,
  content: string,
): Promise<string> {
  const body = multipartFile(fileName, content);
  const accepted = await app.inject({
    method: 'POST',
    url: '/api/uploads',
    payload: body.payload,
    headers: { ...headers, ...body.headers },
  });
  assert.equal(accepted.statusCode, 202, accepted.body);
  const { id } = accepted.json<{ id: string }>();
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const state = (await app.inject({ method: 'GET', url: `/api/uploads/${id}`, headers })).json<{
      status: string;
    }>();
    if (state.status === 'done' || state.status === 'failed') return state.status;
    await sleep(50);
  }
  return assert.fail(`upload ${id} did not finish`);
}

describeEachEngine('detections by scope, whatever is uploaded', (engine) => {
  it('keeps a Peruvian analyst who uploads a right drawn over the continent to Peruvian detections', async () => {
    const db = await engine.openMigrated();
    await loadLayoutFile(
      db,
      'SATELLITE-ALERTS.geojson',
      featureCollection(
        DETECTIONS.map(([id, lon, lat]) => ({
          properties: { id, detected_on: '2024-01-20', area_ha: 1.2, confidence: 0.9 },
          rings: [squareRing(lon - 0.002, lat - 0.002, 0.004)],
        })),
      ),
    );
    const app = await buildApp({ db });
    try {
      const peru = await signedIn(app, db, { role: 'analyst', countries: ['PE'] });
      const colombia = await signedIn(app, db, { role: 'viewer', countries: ['CO'] });
      const region = await signedIn(app, db, { role: 'viewer', countries: 'ALL' });
      // Declares 1,000 ha; the polygon covers most of South America.
      const cadastre = `${HEADERS['PE-CATASTRO']}\n650009999;TODO;MINERA SUR S.A.;${HOLDER};TITULADO;METALICA;1000;MADRE DE DIOS;MANU;HUEPETUHE;03/02/2015;POLYGON((-81 -40, -35 -40, -35 12, -81 12, -81 -40))\n`;
      assert.equal(await uploadAndWait(app, peru, 'PE-CATASTRO.csv', cadastre), 'done');

      const seen = async (headers: Headers): Promise<[string, unknown][]> =>
        (await app.inject({ method: 'GET', url: '/api/detections', headers }))
          .json<{ features: { id: string; properties: { countries?: unknown } }[] }>()
          .features.map((feature): [string, unknown] => [feature.id, feature.properties.countries])
          .sort(([a], [b]) => a.localeCompare(b));
      assert.deepEqual(await seen(peru), [['SAT:IN-PE', ['PE']]]);
      assert.deepEqual(await seen(colombia), [['SAT:IN-CO', ['CO']]]);
      assert.deepEqual(
        (await seen(region)).map(([id]) => id),
        ['SAT:IN-BO', 'SAT:IN-CO', 'SAT:IN-EC', 'SAT:IN-PE'],
      );
      // The upload ran the same boundary checks as `veta ingest`: the right is flagged, out of attribution.
      const [right] = await db.query<{ codes: string[] }>(
        `SELECT ARRAY(SELECT f ->> 'code' || ':' || (f ->> 'severity') FROM jsonb_array_elements(flags) f ORDER BY 1) AS codes
         FROM mining_right`,
      );
      assert.deepEqual(right?.codes, ['AREA_DIFFERS_FROM_DECLARED:ERROR', 'GEOMETRY_OUTSIDE_COUNTRY:ERROR']);
    } finally {
      await app.close();
    }
  });

  it('lists on a right’s page only the detections of the right’s own country', async () => {
    const db = await engine.openMigrated();
    // A Peruvian right drawn in Colombia's Amazon trapezium, within Peru's box plus its margin.
    await loadLayoutFile(
      db,
      'PE-CATASTRO.csv',
      `${HEADERS['PE-CATASTRO']}\n650001177;MINA;MINERA SUR S.A.;${HOLDER};TITULADO;METALICA;484;MADRE DE DIOS;MANU;HUEPETUHE;03/02/2015;POLYGON((-70.01 -3.51, -69.99 -3.51, -69.99 -3.49, -70.01 -3.49, -70.01 -3.51))\n`,
    );
    await loadLayoutFile(
      db,
      'SATELLITE-ALERTS.geojson',
      featureCollection([
        {
          properties: { id: 'IN-CO-TRAPEZIO', detected_on: '2024-01-20', area_ha: 1.2, confidence: 0.9 },
          rings: [squareRing(-70.002, -3.502, 0.004)],
        },
      ]),
    );
    const app = await buildApp({ db });
    try {
      const region = await signedIn(app, db, { role: 'viewer', countries: 'ALL' });
      const answer = await app.inject({ method: 'GET', url: '/api/rights/PE:MR:650001177', headers: region });
      assert.equal(answer.statusCode, 200, answer.body);
      assert.deepEqual(answer.json<{ detections: unknown[] }>().detections, []);
      const detections = await app.inject({ method: 'GET', url: '/api/detections', headers: region });
      assert.deepEqual(
        detections
          .json<{ features: { id: string; properties: { countries: string[] } }[] }>()
          .features.map((feature) => [feature.id, feature.properties.countries]),
        [['SAT:IN-CO-TRAPEZIO', ['CO']]],
      );
    } finally {
      await app.close();
    }
  });
});
