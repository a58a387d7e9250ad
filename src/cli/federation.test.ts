import { existsSync } from 'node:fs';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import pg from 'pg';
import type { DatabaseTarget } from '../store/engine/database-target.js';
import { openDatabase } from '../store/engine/open-database.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { REGION_COUNTRIES } from '@veta/standard';
import { HUB_MEMBER, memberDatabase } from '../federation/up/federation-targets.js';
import { loadLinkageKey } from '../federation/linkage/linkage-key.js';
import { identifierToken } from '../federation/linkage/person-encoding.js';
import { frequencyAttack, type KnownPerson } from '../federation/testing/frequency-attack.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

let root = '';
let region = '';
const dropped: { server: string; names: string[] }[] = [];

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'veta-federation-'));
  region = join(root, 'region');
  assert.equal((await runVeta(['simulate', '--seed', '3', '--scale', 'small', '--out', region])).code, 0);
});
after(async () => {
  await rm(root, { recursive: true, force: true });
  for (const { server, names } of dropped) {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  }
});

interface Summary {
  nodes: { node: string; tallies: { recordType: string; form: string; sent: number }[] }[];
  hub: { received: { applied: number; refused: unknown[] }; alerts: number };
}

/** A member's database (a country node's, or the hub's) as federation up made it beside `target`. */
function memberOf(target: DatabaseTarget, out: string, member: string = HUB_MEMBER): DatabaseTarget {
  if (target.engine === 'pglite') return { engine: 'pglite', dataDir: join(out, member.toLowerCase()) };
  const url = new URL(target.url);
  const base = url.pathname.slice(1);
  const names = [...REGION_COUNTRIES, HUB_MEMBER].map((each) => memberDatabase(base, each));
  if (!dropped.some((drop) => drop.server === target.url && drop.names[0] === names[0]))
    dropped.push({ server: target.url, names });
  url.pathname = `/${memberDatabase(base, member)}`;
  return { engine: 'postgres', url: url.toString() };
}

describeEachEngine('veta federation up', (engine) => {
  it('splits the region into four nodes, shares under the example agreements and detects at the hub', async () => {
    const target = await engine.createTarget();
    const out = join(root, engine.engine);
    const args = target.engine === 'postgres' ? dbArgs(target) : [];
    const up = await runVeta([
      ...args,
      '--json',
      'federation',
      'up',
      '--region',
      region,
      '--dir',
      out,
      '--day',
      '2026-06-30',
    ]);
    assert.equal(up.code, 0, up.stderr);
    assert.match(up.stderr, /PE: loading .*\nPE: sharing under PE-HUB v3/);
    const summary = JSON.parse(up.stdout) as Summary;
    assert.deepEqual(
      summary.nodes.map((node) => node.node),
      ['PE', 'CO', 'EC', 'BO'],
    );
    assert.deepEqual(summary.hub.received.refused, []);
    const sent = (node: string, type: string) =>
      summary.nodes.find((n) => n.node === node)?.tallies.find((tally) => tally.recordType === type);
    assert.equal(sent('PE', 'CustomsDeclaration')?.form, 'fields');
    assert.equal(sent('PE', 'InputTransaction')?.sent, 0);
    assert.equal(sent('CO', 'Party')?.form, 'fields');

    // The hub evaluates as any database does; mirror gaps show only when two countries' data meet.
    const hub = memberOf(target, out);
    const evaluation = await runVeta([
      ...dbArgs(hub),
      '--json',
      'evaluate',
      '--truth',
      join(region, 'truth.json'),
      '--out',
      join(out, 'evaluation.json'),
    ]);
    assert.equal(evaluation.code, 0, evaluation.stderr);
    const { typologies } = JSON.parse(evaluation.stdout) as {
      typologies: { typology: string; planted: number; found: number }[];
    };
    const mirror = typologies.find((row) => row.typology === 'MIRROR_TRADE_GAP');
    assert.ok(
      mirror !== undefined && mirror.planted > 0 && mirror.found === mirror.planted,
      JSON.stringify(mirror),
    );

    // The hub links persons across borders on their encodings as the resolver in the clear does
    // on names and birth dates (issue 19: pairwise F1 at least 0.95 against the truth).
    const resolution = await runVeta([
      ...dbArgs(hub),
      '--json',
      'evaluate-resolution',
      '--truth',
      join(region, 'truth.json'),
    ]);
    assert.equal(resolution.code, 0, resolution.stderr);
    const { crossBorderPersons } = JSON.parse(resolution.stdout) as {
      crossBorderPersons: { truePairs: number; f1: number };
    };
    assert.ok(
      crossBorderPersons.truePairs > 0 && crossBorderPersons.f1 >= 0.95,
      JSON.stringify(crossBorderPersons),
    );
    const control = typologies.find((row) => row.typology === 'CROSS_BORDER_CONTROL');
    assert.ok(
      control !== undefined && control.planted > 0 && control.found >= 0.95 * control.planted,
      JSON.stringify(control),
    );

    // Peru keeps its input deliveries at home, and its persons reach the hub only as tokens.
    const db = await openDatabase(hub);
    try {
      const [kept] = await db.query<{ inputs: number; peruvians: number; pseudonymised: number }>(
        `SELECT (SELECT count(*) FROM input_transaction WHERE country = 'PE')::int AS inputs,
                (SELECT count(*) FROM party WHERE country = 'PE' AND kind = 'PERSON' AND id NOT LIKE 'TK:%')::int AS peruvians,
                (SELECT count(*) FROM party WHERE country = 'PE' AND kind = 'PERSON' AND id LIKE 'TK:%')::int AS pseudonymised`,
      );
      assert.deepEqual(
        { ...kept, pseudonymised: (kept?.pseudonymised ?? 0) > 0 },
        { inputs: 0, peruvians: 0, pseudonymised: true },
      );
      // The region's linkage key is with the country nodes, never with the hub.
      assert.ok(existsSync(join(out, 'pe-node', 'linkage-key.json')));
      assert.ok(!existsSync(join(out, 'hub-node', 'linkage-key.json')));

      // A frequency attack on the encodings at the hub, by an attacker who knows the names of the
      // persons of the two countries that share them pseudonymised, re-identifies few of them.
      const key = await loadLinkageKey(join(out, 'pe-node'));
      assert.ok(key !== undefined);
      const population: KnownPerson[] = [];
      for (const country of ['PE', 'EC']) {
        const node = await openDatabase(memberOf(target, out, country));
        try {
          const persons = await node.query<{ id: string; name: string }>(
            `SELECT id, name FROM party WHERE kind = 'PERSON'`,
          );
          population.push(...persons.map(({ id, name }) => ({ token: identifierToken(key, id), name })));
        } finally {
          await node.close();
        }
      }
      const held = await db.query<{ token: string; clk: string }>(
        `SELECT id AS token, body->'linkage'->>'clk' AS clk FROM party WHERE kind = 'PERSON' AND id LIKE 'TK:%'`,
      );
      const attack = frequencyAttack(population, held);
      assert.ok(attack.persons > 500, JSON.stringify(attack));
      assert.ok(attack.reidentified / attack.persons < 0.05, JSON.stringify(attack));
      // The attack names whom it can: a person alone in the population (the measure is not blind).
      const [alone] = population;
      const aloneHeld = held.filter((person) => person.token === alone?.token);
      const named = frequencyAttack(alone === undefined ? [] : [alone], aloneHeld);
      assert.ok(named.persons >= 1 && named.reidentified === named.persons, JSON.stringify(named));
    } finally {
      await db.close();
    }
    const again = await runVeta([...args, 'federation', 'up', '--region', region, '--dir', out]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already (holds a database|exists)|already holds a node identity/);
  });
});
