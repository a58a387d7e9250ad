import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, it } from 'node:test';
import { loadAgreement, type DataSharingAgreement } from '@veta/standard';
import { ingestFolder } from '../ingest/pipeline/ingest-folder.js';
import { simulateRegion } from '../simulate/simulate.js';
import type { Database } from '../store/engine/database.js';
import type { DatabaseTarget } from '../store/engine/database-target.js';
import { silentLogger } from '../core/logger.js';
import { loadMigrations } from '../store/migrator/migration-files.js';
import { migrate } from '../store/migrator/migrator.js';
import { openDatabase } from '../store/engine/open-database.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { sealEnvelope, type Envelope } from './envelope.js';
import { initNode, loadNodeIdentity, type NodeIdentity } from './node-identity.js';
import { evidenceOrigins, originKey } from './evidence-origins.js';
import { trustPeer } from './peer-trust.js';
import { applyEnvelope } from './receive/apply-envelope.js';
import { withdrawExpired } from './receive/withdraw-expired.js';
import { linkageKeyId } from './linkage/linkage-key.js';
import { linkageShareOptions } from './linkage/pseudonymise.js';
import { collectShare } from './share/collect-share.js';
import { shareMarks } from './share/share-marks.js';
import { receiveBundle, writeBundle } from './transport/bundle-transport.js';
import { deliverWith } from './transport/delivery.js';

const AGREEMENT = fileURLToPath(new URL('../../examples/agreements/pe-hub.yaml', import.meta.url));
const DAY = '2026-06-30';
const cli = { id: null, username: 'cli:test' };

let root = '';
let files = '';
let peru: NodeIdentity;
let hubIdentity: NodeIdentity;
let colombia: NodeIdentity;
let agreement: DataSharingAgreement;

// Peru's customs, production, purchase, cadastre, taxpayer, beneficial-owner and controlled-input
// files of one simulated region.
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'veta-share-'));
  const region = join(root, 'region');
  await simulateRegion({
    seed: 3,
    scale: 'small',
    from: { year: 2022, month: 1 },
    to: { year: 2024, month: 12 },
    outDir: region,
  });
  files = join(root, 'pe');
  await mkdir(files);
  for (const name of [
    'PE-DAM.csv',
    'PE-PRODUCCION.csv',
    'PE-PADRON-RUC.csv',
    'PE-COMPRAS.csv',
    'PE-CATASTRO.csv',
    'PE-BENEFICIARIO-FINAL.csv',
  ])
    await copyFile(join(region, 'PE', name), join(files, name));
  // The input register is long: its first 300 rows show it withheld as well as all would.
  const inputs = (await readFile(join(region, 'PE', 'PE-BIENES-FISCALIZADOS.csv'), 'utf8')).split('\n');
  await writeFile(join(files, 'PE-BIENES-FISCALIZADOS.csv'), `${inputs.slice(0, 301).join('\n')}\n`);
  await initNode(join(root, 'node-pe'), { country: 'PE', name: 'Perú', role: 'node' });
  await initNode(join(root, 'node-hub'), { country: 'PE', name: 'Secretaría', role: 'hub' });
  peru = await loadNodeIdentity(join(root, 'node-pe'));
  hubIdentity = await loadNodeIdentity(join(root, 'node-hub'));
  await initNode(join(root, 'node-co'), { country: 'CO', name: 'Colombia', role: 'node' });
  colombia = await loadNodeIdentity(join(root, 'node-co'));
  agreement = loadAgreement(AGREEMENT);
});
after(() => rm(root, { recursive: true, force: true }));

async function share(
  node: Database,
  under: DataSharingAgreement,
  bundle: string,
  day = DAY,
  maxEnvelopeBytes = 64 * 1024,
) {
  const envelopes: Envelope[] = [];
  const collected = await collectShare(
    node,
    under,
    day,
    (content) => Promise.resolve(void envelopes.push(sealEnvelope(content, peru))),
    { pageSize: 500, maxEnvelopeBytes, ...linkageShareOptions(LINKAGE, await persons(node)) },
  );
  await writeBundle(bundle, envelopes);
  await shareMarks.write(node, under.id, collected.marks);
  return collected;
}

// The region's linkage key, which Peru's node holds and the hub never does.
const LINKAGE = { keyId: linkageKeyId(Buffer.alloc(32, 9)), key: Buffer.alloc(32, 9) };

async function persons(node: Database): Promise<Set<string>> {
  const rows = await node.query<{ id: string }>(
    `SELECT id FROM party WHERE kind = 'PERSON' UNION SELECT unnest(identifiers) FROM party WHERE kind = 'PERSON'`,
  );
  return new Set(rows.map((row) => row.id));
}

function receive(hub: Database, bundle: string, day = DAY) {
  return receiveBundle(bundle, (value) => deliverWith((raw) => applyEnvelope(hub, raw, 'HUB', day), value));
}

/** Peru's node: its database with the four files loaded. */
async function loadedNode(target: DatabaseTarget): Promise<Database> {
  const node = await openDatabase(target);
  await migrate(node, await loadMigrations());
  await ingestFolder(node, files, silentLogger());
  return node;
}

async function count(db: Database, sql: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(`SELECT (${sql})::int AS n`);
  return row?.n ?? -1;
}

/**
 * Every row of every table of the hub's schema as JSON text, what a grep of its database would
 * see (JSON keeps a string as written, where a composite row's text doubles its quotes).
 */
async function everything(db: Database): Promise<string> {
  const tables = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await db.query<{ t: string }>(`SELECT row_to_json(t)::text AS t FROM "${name}" t`);
    parts.push(...rows.map((row) => row.t));
  }
  return parts.join('\n');
}

describeEachEngine('sharing with the hub', (engine) => {
  it('sends what the agreement allows, the hub applies it once, and nothing withheld reaches the hub', async () => {
    const nodeTarget = await engine.createTarget();
    const node = await loadedNode(nodeTarget);
    const hub = await engine.openMigrated();
    try {
      await trustPeer(hub, peru.descriptor, hubIdentity.descriptor, cli);
      // One declaration Peru holds is Bolivia's: it is not Peru's to share, and stays at the node.
      await node.query(
        `UPDATE customs_declaration SET body = jsonb_set(body, '{country}', '"BO"')
         WHERE id = (SELECT min(id) FROM customs_declaration)`,
      );
      // The simulator's gold buyers and exporters are companies; Peru's registers also hold natural
      // persons trading and exporting under their RUC 10: one purchase and one export become theirs.
      const [trader] = await node.query<{ ruc: string }>(
        `SELECT min(i) AS ruc FROM party, unnest(identifiers) i WHERE kind = 'PERSON' AND i LIKE 'PE:RUC:10%'`,
      );
      const ruc10 = JSON.stringify(trader?.ruc);
      await node.query(
        `UPDATE mineral_transaction SET buyer = $1::jsonb #>> '{}', body = jsonb_set(body, '{buyer}', $1::jsonb)
         WHERE id = (SELECT min(id) FROM mineral_transaction WHERE metal = 'AU')`,
        [ruc10],
      );
      await node.query(
        `UPDATE customs_declaration SET declarant = $1::jsonb #>> '{}', body = jsonb_set(body, '{declarant}', $1::jsonb)
         WHERE id = (SELECT max(id) FROM customs_declaration)`,
        [ruc10],
      );
      const first = join(root, `bundle-${engine.engine}-1`);
      const collected = await share(node, agreement, first);
      const tally = Object.fromEntries(collected.tallies.map((t) => [t.recordType, t]));
      const customs = (await count(node, 'SELECT count(*) FROM customs_declaration')) - 1;
      assert.deepEqual(
        [tally.CustomsDeclaration?.form, tally.CustomsDeclaration?.sent, tally.CustomsDeclaration?.withheld],
        ['fields', customs, 1],
      );
      assert.match(tally.CustomsDeclaration?.reason ?? '', /another country's records are not PE's to share/);
      assert.equal(tally.ProductionDeclaration?.form, 'aggregate');
      assert.equal(tally.InputTransaction?.form, 'none');
      assert.equal(tally.InputTransaction?.withheld, 300);
      // Persons go as tokens and encodings under the region's linkage key.
      assert.equal(tally.Party?.form, 'pseudonymised');
      assert.equal(tally.Party?.withheld, 0);
      assert.ok((tally.Party?.sent ?? 0) > 20);

      const report = await receive(hub, first);
      assert.deepEqual(report.refused, []);
      assert.equal(report.applied, collected.envelopes);
      // Customs declarations alone fill several envelopes of 64 KB.
      assert.ok(collected.envelopes > 6, String(collected.envelopes));
      assert.equal(await count(hub, 'SELECT count(*) FROM customs_declaration'), customs);
      for (const table of ['production_declaration', 'input_transaction'])
        assert.equal(await count(hub, `SELECT count(*) FROM ${table}`), 0, table);
      // Every person at the hub is a token with an encoding; companies stay in the clear.
      assert.equal(
        await count(
          hub,
          `SELECT count(*) FROM party WHERE kind = 'PERSON' AND (id NOT LIKE 'TK:%' OR body->'linkage'->>'clk' IS NULL)`,
        ),
        0,
      );
      assert.ok((await count(hub, `SELECT count(*) FROM party WHERE kind = 'PERSON'`)) > 20);
      assert.ok(
        (await count(
          hub,
          `SELECT count(*) FROM party WHERE kind = 'ORGANISATION' AND id LIKE 'PE:RUC:20%'`,
        )) > 20,
      );
      // Production by declarant and purchases by buyer: a person's number as its token, a company's in the clear.
      const parties = await hub.query<{ record_type: string; party: string }>(
        `SELECT record_type, coalesce(by_values->>'declarant', by_values->>'buyer') AS party FROM shared_aggregate`,
      );
      for (const recordType of ['ProductionDeclaration', 'MineralTransaction']) {
        const held = parties.filter((row) => row.record_type === recordType).map((row) => row.party);
        assert.ok(
          held.some((party) => party.startsWith('TK:')),
          recordType,
        );
        assert.ok(
          held.some((party) => party.startsWith('PE:RUC:20')),
          recordType,
        );
        assert.deepEqual(
          held.filter((party) => !party.startsWith('TK:') && !party.startsWith('PE:RUC:20')),
          [],
          recordType,
        );
      }
      // The exporter who is a person: by the same token as their purchases, never by their RUC.
      const [exporter] = await hub.query<{ declarant: string }>(
        `SELECT declarant FROM customs_declaration WHERE declarant NOT LIKE 'PE:RUC:20%'`,
      );
      assert.match(exporter?.declarant ?? '', /^TK:/);
      assert.ok(parties.some((row) => row.party === exporter?.declarant));
      // The cadastre: rights held by persons name them by token and lose their name.
      assert.ok((await count(hub, `SELECT count(*) FROM mining_right WHERE holders[1] LIKE 'TK:%'`)) > 0);
      assert.equal(
        await count(hub, `SELECT count(*) FROM mining_right WHERE holders[1] LIKE 'TK:%' AND body ? 'name'`),
        0,
      );

      // A customs record keeps its origin and only the agreed fields; its source row stays in Peru.
      const [origin] = await hub.query<{
        from_node: string;
        agreement_version: number;
        keys: string[];
        raw: unknown;
        file: string;
      }>(
        `SELECT e.from_node, e.agreement_version, ARRAY(SELECT jsonb_object_keys(c.body) ORDER BY 1) AS keys, c.raw, f.name AS file
         FROM customs_declaration c JOIN ingest_batch b ON b.id = c.batch_id JOIN federation_envelope e ON e.id = b.envelope_id
         JOIN source_file f ON f.id = c.source_file_id LIMIT 1`,
      );
      assert.equal(origin?.from_node, 'PE');
      assert.equal(origin?.agreement_version, agreement.version);
      assert.deepEqual(origin?.raw, {});
      assert.match(origin?.file ?? '', /^PE-DAM file [0-9a-f]{12} held by PE$/);
      const allowed = new Set([
        'recordType',
        'id',
        ...(agreement.records.CustomsDeclaration as { fields: string[] }).fields,
      ]);
      assert.deepEqual(
        origin?.keys.filter((key) => !allowed.has(key)),
        [],
      );

      // Evidence citing a shared record names its node and clause; a record of no node names none.
      const [held] = await hub.query<{ layout: string; id: string }>(
        'SELECT layout, id FROM customs_declaration ORDER BY id LIMIT 1',
      );
      const shared = { table: 'customs_declaration', layout: held?.layout ?? '', recordId: held?.id ?? '' };
      const unknown = { ...shared, recordId: 'not-held' };
      const origins = await evidenceOrigins(hub, [shared, unknown]);
      assert.deepEqual(origins.get(originKey(shared)), {
        node: 'PE',
        agreement: 'PE-HUB',
        version: agreement.version,
        form: 'fields',
      });
      assert.equal(origins.size, 1);

      // Grep the hub for values Peru withholds: persons' names, surnames, birth dates and documents (they go
      // pseudonymised), consignees (but companies', whose Party records go in the clear),
      // commercial descriptions, input deliveries (their quantities, to the hundredth of a
      // kilogram), one cell at a time.
      const planted = await node.query<{ value: string; what: string }>(
        `SELECT name AS value, 'party' AS what FROM party WHERE kind = 'PERSON' AND length(name) > 6
         UNION SELECT unnest(identifiers), 'document' FROM party WHERE kind = 'PERSON'
         UNION SELECT body->'personName'->>'paternalSurname' || ' ' || (body->'personName'->>'maternalSurname'), 'surnames' FROM party WHERE kind = 'PERSON' AND body->'personName' ? 'maternalSurname'
         UNION SELECT body->>'birthDate', 'birth date' FROM party WHERE kind = 'PERSON' AND body ? 'birthDate'
         UNION SELECT c.body->>'consignee', 'consignee' FROM customs_declaration c WHERE length(c.body->>'consignee') > 6
           AND NOT EXISTS (SELECT 1 FROM party p WHERE p.kind <> 'PERSON' AND strpos(p.name, c.body->>'consignee') > 0)
         UNION SELECT buyer, 'buyer' FROM mineral_transaction WHERE buyer LIKE 'PE:RUC:10%'
         UNION SELECT declarant, 'exporter' FROM customs_declaration WHERE declarant LIKE 'PE:RUC:10%'
         UNION SELECT declarant, 'declarant' FROM production_declaration WHERE declarant LIKE 'PE:RUC:10%'
         UNION SELECT h, 'holder' FROM mining_right, unnest(holders) h WHERE h LIKE 'PE:RUC:10%' OR h LIKE 'PE:DNI:%'
         UNION SELECT raw->>'DESCRIPCION_COMERCIAL', 'description' FROM customs_declaration
         UNION SELECT raw->>'CANTIDAD', 'input' FROM input_transaction WHERE raw->>'CANTIDAD' ~ '^[0-9]{4,}[.][0-9]{2}$'`,
      );
      for (const [what, least] of [
        ['party', 20],
        ['document', 20],
        ['surnames', 20],
        ['birth date', 20],
        ['consignee', 5],
        ['buyer', 1],
        ['exporter', 1],
        ['declarant', 3],
        ['holder', 3],
        ['description', 1],
        ['input', 20],
      ] as const)
        assert.ok(planted.filter((row) => row.what === what).length >= least, what);
      const text = await everything(hub);
      const leaked = planted.filter(({ value }) => text.includes(value));
      assert.deepEqual(leaked, []);

      // The same bundle again: every envelope is a replay, and nothing changes.
      const again = await receive(hub, first);
      assert.equal(again.applied, 0);
      assert.ok(again.refused.every((refusal) => refusal.reason === 'replayed'));
      // A second share sends the agreement and the totals, and no record already sent.
      const second = await share(node, agreement, join(root, `bundle-${engine.engine}-2`));
      assert.equal(
        second.tallies.find((t) => t.recordType === 'CustomsDeclaration'),
        undefined,
      );
      assert.equal((await receive(hub, join(root, `bundle-${engine.engine}-2`))).refused.length, 0);
      assert.equal(await count(hub, 'SELECT count(*) FROM customs_declaration'), customs);
    } finally {
      await node.close();
    }
  });

  it('carries totals too large for one envelope in parts, the first replacing and the rest adding', async () => {
    const node = await loadedNode(await engine.createTarget());
    const hub = await engine.openMigrated();
    try {
      await trustPeer(hub, peru.descriptor, hubIdentity.descriptor, cli);
      const totalsOnly: DataSharingAgreement = {
        ...agreement,
        records: { ProductionDeclaration: agreement.records.ProductionDeclaration ?? 'none' },
      };
      const held = () =>
        count(hub, "SELECT count(*) FROM shared_aggregate WHERE record_type = 'ProductionDeclaration'");
      // Without the linkage key, totals by declarant (persons among them) are not sent at all.
      const keyless: string[] = [];
      const withoutKey = await collectShare(node, totalsOnly, DAY, (content) =>
        Promise.resolve(void keyless.push(content.kind)),
      );
      assert.deepEqual(keyless, ['agreement']);
      // A record larger than any envelope stays at the node, counted, and the share goes on.
      const oversized: string[] = [];
      const customsOnly: DataSharingAgreement = {
        ...agreement,
        records: { CustomsDeclaration: agreement.records.CustomsDeclaration ?? 'none' },
      };
      const tiny = await collectShare(
        node,
        customsOnly,
        DAY,
        (content) => Promise.resolve(void oversized.push(content.kind)),
        { maxEnvelopeBytes: 256, ...linkageShareOptions(LINKAGE, await persons(node)) },
      );
      const customs = tiny.tallies.find((tally) => tally.recordType === 'CustomsDeclaration');
      assert.deepEqual(oversized, ['agreement']);
      assert.equal(customs?.sent, 0);
      assert.equal(customs?.withheld, await count(node, 'SELECT count(*) FROM customs_declaration'));
      assert.match(customs?.reason ?? '', /takes \d+ KB, more than an envelope carries \(0\.25 KB\)/);
      const production = withoutKey.tallies.find((tally) => tally.recordType === 'ProductionDeclaration');
      assert.deepEqual([production?.sent, production?.reason], [0, 'no pseudonymisation key is configured']);
      assert.ok((production?.withheld ?? 0) > 0);
      for (const round of [1, 2]) {
        const bundle = join(root, `parts-${engine.engine}-${String(round)}`);
        const collected = await share(node, totalsOnly, bundle, DAY, 2048);
        const sent =
          collected.tallies.find((tally) => tally.recordType === 'ProductionDeclaration')?.sent ?? 0;
        // The agreement, then the totals in several parts.
        assert.ok(collected.envelopes > 3, String(collected.envelopes));
        assert.deepEqual((await receive(hub, bundle)).refused, []);
        // The second share replaces the first: the same totals, not twice as many.
        assert.equal(await held(), sent, `round ${String(round)}`);
      }
    } finally {
      await node.close();
    }
  });

  it('refuses at the hub what the agreement does not allow, and withdraws what a new version narrows', async () => {
    const nodeTarget = await engine.createTarget();
    const node = await loadedNode(nodeTarget);
    const hub = await engine.openMigrated();
    try {
      await trustPeer(hub, peru.descriptor, hubIdentity.descriptor, cli);
      await receive(hub, await shareTo(node, agreement, 'v2'));

      // A sender that ignores its own agreement: input deliveries, and customs with the consignee.
      const forged = join(root, `forged-${engine.engine}`);
      const cited = { id: agreement.id, version: agreement.version };
      const input = await node.query<{ body: Record<string, unknown> }>(
        'SELECT body FROM input_transaction LIMIT 1',
      );
      await writeBundle(forged, [
        records(
          cited,
          'InputTransaction',
          'full',
          input.map((row) => row.body),
        ),
        records(cited, 'CustomsDeclaration', 'fields', [
          { ...citable('CustomsDeclaration', 'X', 'PE-DAM'), consignee: 'Gold Buyer LLC' },
        ]),
        records({ id: 'PE-HUB', version: 9 }, 'TradeStatistic', 'full', []),
        // Shapes no record has, and a date that is no date: refused, never retried forever.
        records(cited, 'CustomsDeclaration', 'fields', [null]),
        records(cited, 'TradeStatistic', 'full', [
          { ...citable('TradeStatistic', 'TS-1', 'PE-ESTADISTICA'), period: { start: 'n/a', end: 'n/a' } },
        ]),
        // Totals of FOB values, one declaration each, under a clause that shares customs as records.
        sealEnvelope(
          {
            to: 'HUB',
            kind: 'records',
            agreement: cited,
            payload: {
              recordType: 'CustomsDeclaration',
              form: 'fields',
              records: [],
              aggregation: { rows: [{ month: '2023-01', by: {}, count: 1, measures: { fobUsd: '1' } }] },
            },
          },
          peru,
        ),
        // Persons with their real names, labelled pseudonymised; Colombia's customs, sent by Peru.
        records(cited, 'Party', 'pseudonymised', [
          { ...citable('Party', 'PE:DNI:1', 'PE-PADRON-RUC'), name: 'Ana Quispe' },
        ]),
        records(cited, 'CustomsDeclaration', 'fields', [
          { ...citable('CustomsDeclaration', 'CO-1', 'CO-DEX'), country: 'CO' },
        ]),
      ]);
      const refused = await receive(hub, forged);
      assert.equal(refused.applied, 0);
      assert.deepEqual(
        refused.refused.map((refusal) => refusal.reason),
        [
          'not-allowed',
          'not-allowed',
          'not-allowed',
          'malformed',
          'malformed',
          'not-allowed',
          'not-allowed',
          'not-allowed',
        ],
      );
      assert.match(refused.refused[3]?.message ?? '', /not a CustomsDeclaration with an id/);
      assert.match(refused.refused[5]?.message ?? '', /shared as records, not as totals/);
      assert.match(
        refused.refused[6]?.message ?? '',
        /name or documents in the clear instead of keyed tokens/,
      );
      assert.match(refused.refused[7]?.message ?? '', /CO-1 \(layout CO-DEX\) is not PE's to share/);
      assert.equal(
        await count(hub, "SELECT count(*) FROM shared_aggregate WHERE record_type = 'CustomsDeclaration'"),
        0,
      );
      assert.equal(await count(hub, "SELECT count(*) FROM party WHERE name = 'Ana Quispe'"), 0);
      assert.match(refused.refused[0]?.message ?? '', /shares no InputTransaction/);
      assert.match(refused.refused[1]?.message ?? '', /fields agreement PE-HUB does not share/);
      assert.match(refused.refused[2]?.message ?? '', /v9, which this node has not received/);
      assert.equal(await count(hub, 'SELECT count(*) FROM input_transaction'), 0);
      assert.equal(await count(hub, "SELECT count(*) FROM customs_declaration WHERE id = 'X'"), 0);

      // The next version stops sharing FOB values and totals.
      const customs = structuredClone(agreement.records.CustomsDeclaration) as { fields: string[] };
      const narrowed: DataSharingAgreement = {
        ...agreement,
        version: agreement.version + 1,
        records: {
          ...agreement.records,
          CustomsDeclaration: { fields: customs.fields.filter((field) => field !== 'fobUsd') },
          ProductionDeclaration: 'none',
          MineralTransaction: 'none',
        },
      };
      assert.ok((await count(hub, "SELECT count(*) FROM customs_declaration WHERE body ? 'fobUsd'")) > 0);
      // Colombia sends an agreement under Peru's id: it is Colombia's, and Peru's versions go on.
      await trustPeer(hub, colombia.descriptor, hubIdentity.descriptor, cli);
      const squatted = join(root, `squat-${engine.engine}`);
      const squat = { ...agreement, from: 'CO', version: 5 };
      await writeBundle(squatted, [
        sealEnvelope(
          {
            to: 'HUB',
            kind: 'agreement',
            agreement: { id: 'PE-HUB', version: 5 },
            payload: { agreement: squat },
          },
          colombia,
        ),
      ]);
      assert.equal((await receive(hub, squatted)).applied, 1);
      const applied = await receive(hub, await shareTo(node, narrowed, 'v3'));
      assert.deepEqual(applied.refused, []);
      assert.equal(await count(hub, "SELECT count(*) FROM customs_declaration WHERE body ? 'fobUsd'"), 0);
      assert.equal(await count(hub, 'SELECT count(*) FROM customs_declaration WHERE fob_usd IS NOT NULL'), 0);
      assert.ok(
        (await count(hub, 'SELECT count(*) FROM customs_declaration WHERE net_mass_kg IS NOT NULL')) > 0,
      );
      assert.equal(await count(hub, 'SELECT count(*) FROM shared_aggregate'), 0);

      // Records under the old version again (a node still pointed at the old file): the new one
      // superseded it, so none is taken.
      await node.query('DELETE FROM federation_shared_batch');
      const stale = await receive(hub, await shareTo(node, agreement, 'v2-again'));
      // Only its agreement, the old version, is taken: the hub holds it already, and nothing changes.
      assert.equal(stale.applied, 1);
      assert.ok(stale.refused.length > 0);
      assert.ok(
        stale.refused.some((refusal) =>
          refusal.message.includes(
            `v${String(agreement.version)} was superseded by v${String(narrowed.version)}`,
          ),
        ),
        JSON.stringify(stale.refused.slice(0, 2)),
      );
      assert.equal(await count(hub, "SELECT count(*) FROM customs_declaration WHERE body ? 'fobUsd'"), 0);

      // After the agreement's last day the node sends no record, and the hub takes none.
      const kinds: string[] = [];
      await collectShare(node, narrowed, '2028-01-01', (content) =>
        Promise.resolve(void kinds.push(content.kind)),
      );
      assert.deepEqual(kinds, ['agreement']);
      const late = join(root, `late-${engine.engine}`);
      await writeBundle(late, [
        sealEnvelope(
          {
            to: 'HUB',
            kind: 'records',
            agreement: { id: 'PE-HUB', version: narrowed.version },
            payload: { recordType: 'TradeStatistic', form: 'full', records: [] },
          },
          peru,
        ),
      ]);
      const lateReport = await receive(hub, late, '2028-01-01');
      assert.match(lateReport.refused[0]?.message ?? '', /expired on 2027-12-31/);

      // Peru's agreement for next year, under another id, carries its customs declarations again.
      const renewed: DataSharingAgreement = {
        ...narrowed,
        id: 'PE-HUB-2028',
        version: 1,
        validFrom: '2027-06-01',
        validUntil: '2029-12-31',
        records: {
          CustomsDeclaration: narrowed.records.CustomsDeclaration ?? 'none',
          TradeStatistic: 'none',
        },
      };
      const nextYear = join(root, `renewed-${engine.engine}`);
      await share(node, renewed, nextYear, '2027-07-01');
      assert.deepEqual((await receive(hub, nextYear, '2027-07-01')).refused, []);

      // Once the agreement has ended with no later version, what it let the hub hold goes, once.
      const held = await count(hub, 'SELECT count(*) FROM customs_declaration');
      assert.ok(held > 0);
      assert.deepEqual(await withdrawExpired(hub, '2027-12-31'), []);
      // Colombia's agreement under the same id lapses too: each node's versions are its own.
      const lapses = await withdrawExpired(hub, '2028-01-01');
      assert.deepEqual(
        lapses.map((lapsed) => lapsed.from),
        ['CO', 'PE'],
      );
      const lapse = lapses.find((lapsed) => lapsed.from === 'PE');
      assert.deepEqual([lapse?.from, lapse?.agreement, lapse?.version], ['PE', 'PE-HUB', narrowed.version]);
      assert.ok((lapse?.withdrawn ?? 0) > 0);
      // What the node shares under its other agreement stays.
      assert.equal(await count(hub, 'SELECT count(*) FROM customs_declaration'), held);
      assert.equal(await count(hub, "SELECT count(*) FROM shared_aggregate WHERE from_node = 'PE'"), 0);
      assert.deepEqual(await withdrawExpired(hub, '2028-01-02'), []);
      assert.equal(
        await count(hub, "SELECT count(*) FROM audit_event WHERE action = 'federation.expire'"),
        2,
      );
    } finally {
      await node.close();
    }
  });
});

function records(
  cited: { id: string; version: number },
  recordType: string,
  form: string,
  list: unknown[],
): Envelope {
  return sealEnvelope(
    { to: 'HUB', kind: 'records', agreement: cited, payload: { recordType, form, records: list } },
    peru,
  );
}

/** What every shared record carries: its type, id and citation. */
function citable(recordType: string, id: string, layout: string) {
  return { recordType, id, provenance: { sourceFile: { sha256: 'b'.repeat(64) }, layout, row: 2 } };
}

async function shareTo(node: Database, under: DataSharingAgreement, label: string): Promise<string> {
  const bundle = join(root, `${label}-${String(Date.now())}-${Math.random().toString(36).slice(2)}`);
  await share(node, under, bundle);
  return bundle;
}
