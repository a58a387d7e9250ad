import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { parseAgreement, type DataSharingAgreement } from '@veta/standard';
import { silentLogger } from '../../core/logger.js';
import { isVetaError } from '../../core/veta-error.js';
import { ingestFolder } from '../../ingest/pipeline/ingest-folder.js';
import { FIXTURES_DIR } from '../../ingest/profiles/testing/map-fixture.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { sealEnvelope } from '../envelope.js';
import { initNode, loadNodeIdentity, type NodeIdentity } from '../node-identity.js';
import { trustPeer } from '../peer-trust.js';
import { peruAndHub } from '../testing/test-nodes.js';
import { applyEnvelope } from '../receive/apply-envelope.js';
import { connectBroker, DEFAULT_BROKER_URL, type BrokerNames } from '../transport/nats-broker.js';
import { answerQuestion } from './answer-question.js';
import { askNode } from './ask-node.js';
import { askOver, serveQuestions } from './question-transport.js';
import type { AnswerPayload } from './questions.js';

const DAY = '2025-06-01';
let root = '';
let peru: NodeIdentity;
let hub: NodeIdentity;
let agreement: DataSharingAgreement;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'veta-questions-'));
  ({ peru, hub } = await peruAndHub(root));
  await mkdir(join(root, 'files'));
  for (const file of ['PE-PADRON-RUC.csv', 'PE-COMPRAS.csv', 'PE-PRODUCCION.csv'])
    await copyFile(join(FIXTURES_DIR, file), join(root, 'files', file));
  agreement = parseAgreement(
    {
      id: 'PE-HUB',
      version: 1,
      title: { es: 'Acuerdo de prueba', en: 'Test agreement' },
      from: 'PE',
      to: 'HUB',
      purposes: ['CROSS_BORDER_DETECTION'],
      legalBasis: 'Decisión 774 de la Comunidad Andina',
      validFrom: '2025-01-01',
      validUntil: '2030-12-31',
      records: {
        MineralTransaction: { aggregate: { by: ['metal'], measures: ['fineMassKg'], date: 'date' } },
        ProductionDeclaration: {
          aggregate: { by: ['metal'], measures: ['quantityKg'], date: 'period.start' },
        },
      },
      questions: ['IDENTIFIER_REGISTERED', 'EXPORTER_TOTALS'],
    },
    'the test agreement',
  );
});
after(() => rm(root, { recursive: true, force: true }));

const cli = { id: null, username: 'cli:test' };

describeEachEngine('questions from the hub to a node', (engine) => {
  it('answers what the agreement allows, signed, once per query; refuses the rest; both sides audit', async () => {
    const node = await engine.openMigrated();
    const hubDb = await engine.openMigrated();
    await trustPeer(node, hub.descriptor, peru.descriptor, cli);
    await trustPeer(hubDb, peru.descriptor, hub.descriptor, cli);
    await ingestFolder(node, join(root, 'files'), silentLogger());
    const version = { id: agreement.id, version: agreement.version };
    await applyEnvelope(
      hubDb,
      sealEnvelope({ to: 'HUB', kind: 'agreement', agreement: version, payload: { agreement } }, peru),
      'HUB',
      DAY,
    );
    const [known] = await node.query<{ id: string }>(
      `SELECT i AS id FROM party, unnest(identifiers) i WHERE layout = 'PE-PADRON-RUC' ORDER BY 1 LIMIT 1`,
    );
    const [buyer] = await node.query<{ buyer: string }>(
      'SELECT buyer FROM mineral_transaction ORDER BY buyer LIMIT 1',
    );
    assert.ok(known && buyer);

    const names: BrokerNames = { prefix: `vetaask${randomBytes(4).toString('hex')}` };
    const broker = { url: DEFAULT_BROKER_URL, names, timeoutMs: 20_000 };
    const nc = await connectBroker(DEFAULT_BROKER_URL);
    const serving = serveQuestions(nc, names, 'PE', (query) =>
      answerQuestion(node, peru, agreement, query, DAY),
    );
    try {
      const registered = await askNode(
        hubDb,
        hub,
        'PE',
        { kind: 'IDENTIFIER_REGISTERED', identifier: known.id },
        broker,
        DAY,
      );
      assert.ok('answer' in registered, JSON.stringify(registered));
      assert.deepEqual(registered.answer, {
        registered: true,
        registers: [{ layout: 'PE-PADRON-RUC', records: 1 }],
      });
      const unknown = await askNode(
        hubDb,
        hub,
        'PE',
        { kind: 'IDENTIFIER_REGISTERED', identifier: 'PE:RUC:20000000001' },
        broker,
        DAY,
      );
      assert.deepEqual('answer' in unknown && unknown.answer, { registered: false, registers: [] });

      const totals = await askNode(
        hubDb,
        hub,
        'PE',
        { kind: 'EXPORTER_TOTALS', exporter: buyer.buyer, from: '2020-01', to: '2026-12' },
        broker,
        DAY,
      );
      const [held] = await node.query<{ fine: number }>(
        `SELECT sum(fine_mass_kg)::float8 AS fine FROM mineral_transaction WHERE buyer = $1 AND metal = 'AU'`,
        [buyer.buyer],
      );
      assert.ok('answer' in totals && 'months' in totals.answer, JSON.stringify(totals));
      const bought = totals.answer.months.reduce((sum, month) => sum + month.boughtFineKg, 0);
      assert.ok(
        Math.abs(bought - (held?.fine ?? -1)) < 1e-9,
        `${String(bought)} against ${String(held?.fine)}`,
      );

      // A query under another version, and the same query twice: refused, the reason signed.
      const stale = sealEnvelope(
        {
          to: 'PE',
          kind: 'query',
          agreement: { id: 'PE-HUB', version: 9 },
          payload: { kind: 'IDENTIFIER_REGISTERED', identifier: known.id },
        },
        hub,
      );
      const refused = (await askOver(nc, names, 'PE', stale, 20_000)) as {
        payload: AnswerPayload;
        from: string;
      };
      assert.equal(refused.from, 'PE');
      assert.match(
        'refused' in refused.payload ? refused.payload.refused : '',
        /cites PE-HUB v9; this node answers under agreement PE-HUB v1/,
      );
      const replayed = (await askOver(nc, names, 'PE', stale, 20_000)) as { payload: AnswerPayload };
      assert.match('refused' in replayed.payload ? replayed.payload.refused : '', /already/i);

      // Another country's node, trusted by Peru's, is not the party the agreement answers.
      await initNode(join(root, `co-${engine.engine}`), { country: 'CO', name: 'Colombia', role: 'node' });
      const colombia = await loadNodeIdentity(join(root, `co-${engine.engine}`));
      await trustPeer(node, colombia.descriptor, peru.descriptor, cli);
      const fromColombia = sealEnvelope(
        {
          to: 'PE',
          kind: 'query',
          agreement: version,
          payload: { kind: 'IDENTIFIER_REGISTERED', identifier: known.id },
        },
        colombia,
      );
      const notTheirs = (await askOver(nc, names, 'PE', fromColombia, 20_000)) as {
        payload: AnswerPayload;
        to: string;
      };
      assert.equal(notTheirs.to, 'CO');
      assert.match(
        'refused' in notTheirs.payload ? notTheirs.payload.refused : '',
        /is with HUB, not with CO/,
      );

      // The hub asks only under an agreement that lists the question.
      await assert.rejects(
        askNode(hubDb, hub, 'CO', { kind: 'IDENTIFIER_REGISTERED', identifier: known.id }, broker, DAY),
        (error) =>
          isVetaError(error) && error.code === 'AGREEMENT_INVALID' && /it has sent none/.test(error.message),
      );
    } finally {
      await serving.stop();
    }
    // No node answering: the asker is told, not left waiting.
    await assert.rejects(
      askNode(hubDb, hub, 'PE', { kind: 'IDENTIFIER_REGISTERED', identifier: known.id }, broker, DAY),
      (error) => isVetaError(error) && error.code === 'NODE_UNAVAILABLE',
    );
    await nc.close();

    const audited = async (db: typeof node, action: string) =>
      (
        await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_event WHERE action = $1', [
          action,
        ])
      )[0]?.n;
    assert.equal(await audited(node, 'federation.answer'), 6);
    // Three answered, and the one the node was not there to answer.
    assert.equal(await audited(hubDb, 'federation.query'), 4);
  });
});
