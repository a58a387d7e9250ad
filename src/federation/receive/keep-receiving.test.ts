import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { it } from 'node:test';
import { describeEachEngine } from '../../store/testing/engines.js';
import { trustPeer } from '../peer-trust.js';
import { reportingPeer } from '../testing/reported-peer.js';
import { connectBroker, DEFAULT_BROKER_URL, streamName, type BrokerNames } from '../transport/nats-broker.js';
import { publishEnvelopes } from '../transport/nats-transport.js';
import { keepReceiving, type ReceiveRound } from './keep-receiving.js';

/** Resolves once `check` holds of the rounds so far; fails after a while saying what it waited for. */
async function until(rounds: ReceiveRound[], check: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 400 && !check(); tries += 1) await new Promise((done) => setTimeout(done, 50));
  assert.ok(check(), `${what}; rounds: ${JSON.stringify(rounds)}`);
}

describeEachEngine('a hub that keeps receiving', (engine) => {
  it('applies what a node publishes while it runs, then resolves and detects; a broker down fails a round, not the hub', async () => {
    const db = await engine.openMigrated();
    const { peru, hub, envelopes } = await reportingPeer();
    await trustPeer(db, peru.descriptor, hub.descriptor, { id: null, username: 'cli:test' });
    const names: BrokerNames = { prefix: `vetakeep${randomBytes(4).toString('hex')}` };
    const nc = await connectBroker(DEFAULT_BROKER_URL);
    const rounds: ReceiveRound[] = [];
    let detections = 0;
    const receiving = keepReceiving(
      db,
      hub.descriptor,
      { transport: DEFAULT_BROKER_URL, names },
      {
        everyMs: 50,
        afterApplied: () => {
          detections += 1;
          return Promise.resolve();
        },
        onRound: (round) => rounds.push(round),
      },
    );
    try {
      // Nothing published yet: rounds apply nothing and detect nothing.
      await until(rounds, () => rounds.length >= 2, 'two empty rounds');
      assert.equal(detections, 0);
      await publishEnvelopes(nc, names, envelopes);
      await until(rounds, () => detections === 1, 'the envelopes applied and detection run once');
      const applied = rounds.reduce((sum, round) => sum + ('report' in round ? round.report.applied : 0), 0);
      assert.equal(applied, 2);
      const [held] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM federation_share_report');
      assert.equal(held?.n, 1);
    } finally {
      await receiving.stop();
      const jsm = await nc.jetstreamManager();
      await jsm.streams.delete(streamName(names, 'PE')).catch(() => undefined);
      await nc.close();
    }

    const down: ReceiveRound[] = [];
    const unreachable = keepReceiving(
      db,
      hub.descriptor,
      { transport: 'nats://127.0.0.1:1', names },
      { everyMs: 20, onRound: (round) => down.push(round) },
    );
    try {
      await until(down, () => down.length >= 2, 'two rounds against a broker that is down');
    } finally {
      await unreachable.stop();
    }
    for (const round of down) assert.match('error' in round ? round.error : '', /nats:\/\/127\.0\.0\.1:1/);
  });
});
