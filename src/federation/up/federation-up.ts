import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveCountry } from '@veta/standard';
import { silentLogger, type Logger } from '../../core/logger.js';
import { ingestFolder } from '../../ingest/pipeline/ingest-folder.js';
import type { Database } from '../../store/engine/database.js';
import type { DatabaseTarget } from '../../store/engine/database-target.js';
import { openDatabase } from '../../store/engine/open-database.js';
import { loadMigrations } from '../../store/migrator/migration-files.js';
import { migrate } from '../../store/migrator/migrator.js';
import {
  createLinkageKey,
  importLinkageKey,
  LINKAGE_KEY_FILE,
  type LinkageKey,
} from '../linkage/linkage-key.js';
import { initNode, loadNodeIdentity } from '../node-identity.js';
import { trustPeer } from '../peer-trust.js';
import { analyseArrivals } from '../receive/analyse-arrivals.js';
import { receiveNode } from '../receive/receive-node.js';
import type { ShareTally } from '../share-report.js';
import { agreementFile, shareNode } from '../share/share-node.js';
import type { ReceiveReport } from '../transport/delivery.js';
import type { BrokerNames } from '../transport/nats-broker.js';
import { sendTo } from '../transport/send-to.js';
import { federationTarget, HUB_MEMBER } from './federation-targets.js';

/** The example agreements shipped with Veta, one per country: <cc>-hub.yaml. */
export const EXAMPLE_AGREEMENTS = fileURLToPath(new URL('../../../examples/agreements/', import.meta.url));

export interface FederationUpOptions {
  /** A simulated region: one folder per country, and INTL/ for the international statistics. */
  region: string;
  nodes: readonly string[];
  out: string;
  /** Bundle files in OUT/bundles, or a NATS server. */
  transport: { files: true } | { url: string; names?: BrokerNames | undefined };
  /** A PostgreSQL database D: members get D_pe ... D_hub; else PGlite folders in OUT. */
  serverUrl?: string | undefined;
  agreements?: string | undefined;
  /** The day the agreements are applied on (default today). */
  day?: string | undefined;
  logger?: Logger | undefined;
  onStage?: ((message: string) => void) | undefined;
}

/** The simulated region's international files that are public, which the hub loads itself. */
export const PUBLIC_INTERNATIONAL_LAYOUTS = [
  'COMTRADE',
  'MIRROR-DOTS',
  'GOLD-PRICE',
  'METAL-PRICE',
  'PROTECTED-AREAS',
  'SATELLITE-ALERTS',
] as const;

/** What one node loaded, shared and kept. */
export interface NodeOutcome {
  node: string;
  database: string;
  rows: number;
  envelopes: number;
  /** Wall time of the node's load and of its share: what the federation benchmark compares. */
  seconds: { ingest: number; share: number };
  tallies: ShareTally[];
}

export interface FederationSummary {
  nodes: NodeOutcome[];
  hub: {
    database: string;
    received: ReceiveReport;
    /** Wall time of the hub's receive, all nodes. */
    receiveSeconds: number;
    internationalRows: number;
    entities: number;
    alerts: number;
  };
}

/**
 * Builds a simulated deployment: each country's files loaded into its own node, each node sharing
 * with the hub under its example agreement, the international statistics loaded at the hub, and
 * the hub resolving and detecting on what arrived. Every step is the one a real deployment runs
 * (the same modules as veta ingest, share, receive, resolve and detect).
 */
export async function federationUp(options: FederationUpOptions): Promise<FederationSummary> {
  const stage = options.onStage ?? ((): void => undefined);
  const logger = options.logger ?? silentLogger();
  const day = options.day ?? new Date().toISOString().slice(0, 10);
  const actor = { id: null, username: 'veta federation up' };
  const hubTarget = await federationTarget(options.out, HUB_MEMBER, options.serverUrl);
  const hubDescriptor = await initNode(join(options.out, 'hub-node'), {
    country: 'PE',
    name: 'Secretaría General de la Comunidad Andina',
    role: 'hub',
  });
  const hub = await opened(hubTarget);
  const nodes: NodeOutcome[] = [];
  // One linkage key for the region, given to every country's node and never to the hub.
  const linkageFile = join(
    options.out,
    `${options.nodes[0]?.toLowerCase() ?? 'first'}-node`,
    LINKAGE_KEY_FILE,
  );
  let linkage: LinkageKey | undefined;
  try {
    for (const country of options.nodes) {
      const target = await federationTarget(options.out, country, options.serverUrl);
      const dir = join(options.out, `${country.toLowerCase()}-node`);
      const descriptor = await initNode(dir, {
        country,
        name: resolveCountry(country)?.nameEs ?? country,
        role: 'node',
      });
      await trustPeer(hub, descriptor, hubDescriptor, actor);
      linkage =
        linkage === undefined ? await createLinkageKey(dir) : await importLinkageKey(dir, linkageFile);
      const node = await opened(target);
      try {
        await trustPeer(node, hubDescriptor, descriptor, actor);
        stage(`${country}: loading ${join(options.region, country)}`);
        const { ingestFolder } = await import('../../ingest/pipeline/ingest-folder.js');
        let started = performance.now();
        const { rows } = await ingestFolder(node, join(options.region, country), logger);
        const ingestSeconds = (performance.now() - started) / 1000;
        const agreement = agreementFile(
          join(options.agreements ?? EXAMPLE_AGREEMENTS, `${country.toLowerCase()}-hub.yaml`),
        );
        stage(`${country}: sharing under ${agreement.id} v${String(agreement.version)}`);
        const sender = await sendTo(
          'files' in options.transport
            ? { out: join(options.out, 'bundles', country.toLowerCase()) }
            : { transport: options.transport.url, names: options.transport.names },
        );
        try {
          const identity = await loadNodeIdentity(dir);
          started = performance.now();
          const share = await shareNode(node, identity, agreement, (envelope) => sender.send(envelope), {
            day,
            actor: actor.username,
            linkage,
          });
          nodes.push({
            node: country,
            database: where(target),
            rows,
            envelopes: share.envelopes,
            seconds: { ingest: ingestSeconds, share: (performance.now() - started) / 1000 },
            tallies: share.tallies,
          });
        } finally {
          await sender.close();
        }
      } finally {
        await node.close();
      }
    }
    stage('hub: receiving');
    const receiving = performance.now();
    let received: ReceiveReport = { applied: 0, refused: [] };
    if ('files' in options.transport)
      for (const { node } of nodes) {
        const part = await receiveNode(
          hub,
          hubDescriptor,
          { dir: join(options.out, 'bundles', node.toLowerCase()) },
          { actor: actor.username },
        );
        received = {
          applied: received.applied + part.applied,
          refused: [...received.refused, ...part.refused],
        };
      }
    else
      received = await receiveNode(
        hub,
        hubDescriptor,
        {
          transport: options.transport.url,
          from: nodes.map((node) => node.node),
          names: options.transport.names,
        },
        { actor: actor.username },
      );
    const receiveSeconds = (performance.now() - receiving) / 1000;
    // The international statistics and maps are public: the hub reads them itself. The simulator's
    // INTL folder also holds files a country's agency owns (an FIU's interest list, lab assays,
    // GPS tracks); those are no one's to hand the hub here.
    stage('hub: loading the international statistics');
    const international = await ingestFolder(hub, join(options.region, 'INTL'), logger, (file) =>
      PUBLIC_INTERNATIONAL_LAYOUTS.some((layout) => basename(file).startsWith(`${layout}.`)),
    );
    stage('hub: resolving entities and detecting');
    const analysis = await analyseArrivals(hub, day);
    return {
      nodes,
      hub: {
        database: where(hubTarget),
        received,
        receiveSeconds,
        internationalRows: international.rows,
        entities: analysis.entities,
        alerts: analysis.alerts,
      },
    };
  } finally {
    await hub.close();
  }
}

async function opened(target: DatabaseTarget): Promise<Database> {
  const db = await openDatabase(target);
  await migrate(db, await loadMigrations());
  return db;
}

function where(target: DatabaseTarget): string {
  if (target.engine === 'pglite') return target.dataDir;
  const url = new URL(target.url);
  url.password = '';
  return url.toString();
}
