#!/usr/bin/env node
// Linkage benchmark: 100,000 party records of persons over the four national nodes (PE, CO, EC, BO),
// some persons registered in two or three countries with the noise foreign registers make
// (bench/linkage-population.js). Each node pseudonymises its persons under the region's linkage key
// as it shares them (encodePseudonymised: document tokens, the name's encoding, the birth date as a
// token, the record encoding of name and birth date); the hub links them on those alone, as it
// runs: LSH blocking and the Fellegi-Sunter resolver (resolveRecords). Prints the time of each node's
// encoding and of the hub's linking, peak memory (the process's largest resident set, generation
// included) and pairwise precision, recall and F1 against the generator's truth, also over the
// pairs of records at different nodes alone. Target (issue 19): encoding and linking 100k party
// records across four nodes takes under 2 minutes on the project's 2-core machine.
// Usage: npm run bench:linkage [-- --records 100000 --seed 19]; npm run bench:federation runs it
// before the federation benchmark. Needs no database and no broker.
import { createHash } from 'node:crypto';
import { argument } from './support.js';
import { recordResults } from '../dist/bench/record-results.js';
import { higher, lower } from '../dist/bench/figures.js';
import { encodePseudonymised } from '../dist/federation/linkage/encode-parties.js';
import { linkageKeyId } from '../dist/federation/linkage/linkage-key.js';
import { pairwiseScores } from '../dist/resolve/pairwise-scores.js';
import { resolveRecords } from '../dist/resolve/resolve-records.js';
import { linkagePopulation, NODES } from './linkage-population.js';

const count = Number(argument('records', '100000'));
const seed = Number(argument('seed', '19'));
const TARGET_SECONDS = 120;
// A key of the run's own, from its seed: the same records give the same encodings run after run.
const keyBytes = createHash('sha256')
  .update(`veta linkage benchmark ${String(seed)}`)
  .digest();
const linkage = { keyId: linkageKeyId(keyBytes), key: keyBytes };

console.log(
  `\nGenerating ${count.toLocaleString()} party records over ${NODES.join(', ')} (seed ${seed}) ...`,
);
const population = linkagePopulation(seed, count);
console.log(
  `${population.persons.toLocaleString()} persons, ${population.abroad.toLocaleString()} of them registered abroad too.`,
);

const encoded = [];
const perNode = [];
for (const node of NODES) {
  const parties = population.nodes[node];
  process.stdout.write(`${node}: encoding ${parties.length.toLocaleString()} persons ... `);
  const started = performance.now();
  const cpu = process.cpuUsage();
  encoded.push(...encodePseudonymised(linkage, parties, node));
  const seconds = (performance.now() - started) / 1000;
  console.log(`${seconds.toFixed(1)} s`);
  perNode.push({ node, records: parties.length, 'encode s': seconds, 'CPU s': cpuSeconds(cpu) });
}
const encodeSeconds = perNode.reduce((sum, node) => sum + node['encode s'], 0);
const encodeCpu = perNode.reduce((sum, node) => sum + node['CPU s'], 0);

process.stdout.write(`Hub: linking ${encoded.length.toLocaleString()} encodings ... `);
const started = performance.now();
const cpu = process.cpuUsage();
const resolution = resolveRecords(encoded);
const linkSeconds = (performance.now() - started) / 1000;
const linkCpu = cpuSeconds(cpu);
console.log(`${linkSeconds.toFixed(1)} s`);

const truth = encoded.map((record) => population.truth.get(record.key));
const nodeOf = encoded.map((record) => record.key.slice(0, 2));
const scores = pairwiseScores(resolution.entityOf, truth);
const crossTrue = crossNodePairs(truth);
const crossFound = crossNodePairs(truth.map((label, i) => `${label}\u0000${resolution.entityOf[i]}`));
const crossRecall = crossTrue === 0 ? 1 : crossFound / crossTrue;
const kind = resolution.snapshot.kinds.find((fitted) => fitted.kind === 'PERSON');
const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
const totalSeconds = encodeSeconds + linkSeconds;

console.log(`\nLinkage benchmark, ${count.toLocaleString()} party records, seed ${seed}`);
console.table(
  perNode.map((row) => ({
    ...row,
    'encode s': +row['encode s'].toFixed(1),
    'CPU s': +row['CPU s'].toFixed(1),
  })),
);
console.log(
  `Hub: ${kind?.candidatePairs.toLocaleString()} candidate pairs, ${kind?.links.toLocaleString()} links, ${new Set(resolution.entityOf).size.toLocaleString()} entities (${population.persons.toLocaleString()} true).`,
);
console.log(
  `Pairwise precision ${scores.precision.toFixed(4)}, recall ${scores.recall.toFixed(4)}, F1 ${scores.f1.toFixed(4)}; across nodes, recall ${crossRecall.toFixed(4)} of ${crossTrue.toLocaleString()} pairs.`,
);
console.log(
  `Encoding ${encodeSeconds.toFixed(1)} s + linking ${linkSeconds.toFixed(1)} s = ${totalSeconds.toFixed(1)} s (CPU ${encodeCpu.toFixed(1)} s + ${linkCpu.toFixed(1)} s); peak memory ${peakMb} MB.`,
);
console.log(
  `Target: encoding and linking under ${TARGET_SECONDS} s: ${totalSeconds < TARGET_SECONDS ? 'met' : 'NOT met'}.`,
);
recordResults({
  benchmark: 'linkage',
  parameters: { records: count, seed, nodes: NODES.length },
  postgres: null,
  figures: {
    'encode time': lower(+encodeSeconds.toFixed(1), 's'),
    'link time': lower(+linkSeconds.toFixed(1), 's'),
    'encode and link': lower(+totalSeconds.toFixed(1), 's'),
    'encode CPU': lower(+encodeCpu.toFixed(1), 's'),
    'link CPU': lower(+linkCpu.toFixed(1), 's'),
    'candidate pairs': lower(kind?.candidatePairs ?? NaN, 'pairs'),
    precision: higher(+scores.precision.toFixed(4), ''),
    recall: higher(+scores.recall.toFixed(4), ''),
    F1: higher(+scores.f1.toFixed(4), ''),
    'cross-node recall': higher(+crossRecall.toFixed(4), ''),
    'peak memory': lower(peakMb, 'MB'),
  },
});

/** CPU seconds (user and system, every thread: the garbage collector's too) since `from`. */
function cpuSeconds(from) {
  const { user, system } = process.cpuUsage(from);
  return (user + system) / 1e6;
}

/** Pairs of records at different nodes that share a label: all such pairs less those within a node. */
function crossNodePairs(labels) {
  const pairs = (n) => (n * (n - 1)) / 2;
  const all = new Map();
  const within = new Map();
  labels.forEach((label, i) => {
    all.set(label, (all.get(label) ?? 0) + 1);
    const local = `${label}\u0000${nodeOf[i]}`;
    within.set(local, (within.get(local) ?? 0) + 1);
  });
  let total = 0;
  for (const n of all.values()) total += pairs(n);
  for (const n of within.values()) total -= pairs(n);
  return total;
}
