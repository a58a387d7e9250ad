import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pairwiseScores } from './pairwise-scores.js';
import { resolveRecords } from './resolve-records.js';
import type { ResolutionRecord } from './resolution-record.js';
import { ANDEAN_SURNAMES } from './testing/andean-surnames.js';
import { readFebrl } from './testing/febrl.js';

/** Enough people for EM to fit, no two with one name: each written two or three ways by different registers. */
function population(): { records: ResolutionRecord[]; truth: string[] } {
  const given = ['JUAN', 'ROSA', 'LUIS', 'CARMEN', 'EDGAR', 'FLOR', 'CÉSAR', 'MARTHA'];
  const surnames = [...ANDEAN_SURNAMES, 'LAURA', 'YUPANQUI', 'CCAMA'];
  const records: ResolutionRecord[] = [];
  const truth: string[] = [];
  for (let i = 0; i < 80; i++) {
    const first = given[i % given.length] ?? '';
    const paternal = surnames[Math.floor(i / given.length)] ?? '';
    const maternal = surnames[(i * 7 + 3) % surnames.length] ?? '';
    const dni = String(40_000_000 + i * 7919);
    const date = `19${50 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`;
    const base = { kind: 'PERSON' as const, addresses: [], roles: [], country: 'PE' };
    records.push({
      ...base,
      key: `A/${i}`,
      name: `${first} ${paternal} ${maternal}`,
      identifiers: [`PE:DNI:${dni}`],
      date,
    });
    truth.push(`T${i}`);
    records.push({ ...base, key: `B/${i}`, name: `${paternal} ${first}`, identifiers: [`PE:DNI:${dni}`] });
    truth.push(`T${i}`);
    if (i % 3 === 0) {
      records.push({
        ...base,
        key: `C/${i}`,
        name: `${first} ${maternal} ${paternal}`,
        identifiers: [],
        date,
      });
      truth.push(`T${i}`);
    }
  }
  return { records, truth };
}

describe('resolveRecords', () => {
  it('merges the same people written differently, with a model fitted by EM', () => {
    const { records, truth } = population();
    const resolution = resolveRecords(records);
    const scores = pairwiseScores(resolution.entityOf, truth);
    assert.ok(scores.precision >= 0.98 && scores.recall >= 0.95, JSON.stringify(scores));
    assert.ok(resolution.snapshot.kinds[0]?.model.converged);
  });

  it('gives the same entity ids on every run, and keeps them when records are added', () => {
    const { records } = population();
    const first = resolveRecords(records);
    const again = resolveRecords(records);
    assert.deepEqual(again.entityOf, first.entityOf);
    const previous = new Map(records.map((record, i) => [record.key, first.entityOf[i] ?? '']));
    const extra: ResolutionRecord = { ...(records[0] as ResolutionRecord), key: 'D/0', name: 'JUAN QUISPE' };
    const grown = resolveRecords([extra, ...records], { previous });
    assert.deepEqual(grown.entityOf.slice(1), first.entityOf);
    assert.equal(grown.entityOf[0], first.entityOf[0]);
  });

  it('never merges a rejected pair, in this run or any later one, and merges a confirmed one', () => {
    const { records } = population();
    const merged = resolveRecords(records);
    assert.equal(merged.entityOf[0], merged.entityOf[1]);
    const rejected = resolveRecords(records, { rejected: [['A/0', 'B/0']] });
    assert.notEqual(rejected.entityOf[0], rejected.entityOf[1]);
    assert.ok(rejected.refused >= 1);
    const apart = records.findIndex((record) => record.key === 'A/1');
    const confirmed = resolveRecords(records, { confirmed: [['A/0', 'A/1']] });
    assert.equal(confirmed.entityOf[0], confirmed.entityOf[apart]);
    assert.ok(confirmed.links.some((link) => link.confirmedByAnalyst));
  });

  it('reaches F1 0.99 on the FEBRL benchmark (real record-linkage data) with the same engine', () => {
    const { records, truth } = readFebrl();
    const scores = pairwiseScores(resolveRecords(records).entityOf, truth);
    assert.ok(scores.f1 >= 0.99, JSON.stringify(scores));
    assert.ok(scores.precision >= 0.98, JSON.stringify(scores));
  });
});
