import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { RECORD_TYPE_NAMES } from '@veta/standard';
import { parse } from 'yaml';
import { isVetaError } from '../../core/veta-error.js';
import { CATALOGUE_PATH, loadCatalogue, parseCatalogue, typology } from './catalogue.js';

const repo = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

type Doc = { typologies: Record<string, unknown>[] } & Record<string, unknown>;

/** A fresh, mutable copy of the built-in catalogue document, to break on purpose. */
function document(): Doc {
  return parse(readFileSync(CATALOGUE_PATH, 'utf8')) as Doc;
}

function entry(doc: Doc, code: string): Record<string, unknown> {
  const found = doc.typologies.find((candidate) => candidate.code === code);
  assert.ok(found, code);
  return found;
}

function rejects(doc: unknown, ...fragments: string[]): void {
  assert.throws(
    () => parseCatalogue(doc, 'test.yaml'),
    (error: unknown) => {
      assert.ok(isVetaError(error, 'CATALOGUE_INVALID'), String(error));
      for (const fragment of fragments) assert.ok(error.message.includes(fragment), error.message);
      return true;
    },
  );
}

/** Typology codes the simulator plants, from its scheme planters' `ctx.record('CODE', ...)` calls. */
function plantedInSource(): Set<string> {
  const dir = repo('src/simulate/schemes');
  const codes = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const match of text.matchAll(/\brecord\(\s*'([A-Z_]+)'/g)) codes.add(match[1] ?? '');
  }
  return codes;
}

/** Typology codes in the "Planted schemes" table of docs/simulator.md. */
function plantedInDocs(): Set<string> {
  const text = readFileSync(repo('docs/simulator.md'), 'utf8');
  const section = text.slice(text.indexOf('## Planted schemes'), text.indexOf('## The clean part'));
  return new Set([...section.matchAll(/^\| ([A-Z][A-Z_]+) +\|/gm)].map((match) => match[1] ?? ''));
}

describe('typology catalogue', () => {
  const catalogue = loadCatalogue();
  const codes = new Set(catalogue.typologies.map((entry) => entry.code));

  it('loads and validates the built-in catalogue, every typology planned or active', () => {
    assert.match(catalogue.version, /^\d+\.\d+\.\d+$/);
    assert.equal(catalogue.typologies.length, 22);
    assert.ok(catalogue.typologies.every((entry) => entry.status === 'planned' || entry.status === 'active'));
    assert.ok(Object.isFrozen(catalogue.typologies[0]?.thresholds));
  });

  it('has an entry for every typology the simulator plants, and nothing else', () => {
    for (const planted of [plantedInSource(), plantedInDocs()]) {
      assert.equal(planted.size, 22);
      assert.deepEqual([...codes].sort(), [...planted].sort());
    }
  });

  it('names only record types of @veta/standard as inputs', () => {
    const known = new Set<string>(RECORD_TYPE_NAMES);
    for (const entry of catalogue.typologies)
      for (const input of entry.inputs) assert.ok(known.has(input), `${entry.code}: ${input}`);
  });

  it('mentions every threshold in its formula, so the expression says how each is used', () => {
    for (const entry of catalogue.typologies)
      for (const name of Object.keys(entry.thresholds))
        assert.ok(entry.formula.expression.includes(name), `${entry.code}: ${name}`);
  });

  it('keeps the thresholds the issues give', () => {
    const value = (code: string, name: string): number | undefined =>
      typology(code, catalogue).thresholds[name]?.value;
    assert.equal(value('MIRROR_TRADE_GAP', 'cifFobFactorAllGoods'), 1.06);
    assert.equal(value('MIRROR_TRADE_GAP', 'cifFobFactorGold'), 1.01);
    assert.equal(value('MIRROR_TRADE_GAP', 'relativeGap'), 0.1);
    assert.equal(value('MIRROR_TRADE_GAP', 'absoluteGapUsd'), 1_000_000);
    assert.equal(value('SUBSISTENCE_CAP_EXCEEDED', 'monthlyCapGrams'), 35);
    assert.equal(value('SUBSISTENCE_CAP_EXCEEDED', 'yearlyCapGrams'), 420);
    assert.equal(value('EXPORTER_SURGE', 'growthFactor'), 10);
    assert.equal(value('STRUCTURING', 'reportingThresholdUsd'), 10_000);
  });

  it('finds a typology by code and refuses an unknown one, listing the known codes', () => {
    assert.equal(typology('GHOST_PRODUCTION').name.en, 'Ghost production');
    assert.throws(
      () => typology('GOLD_FROM_THIN_AIR', catalogue),
      (error: unknown) =>
        isVetaError(error, 'CATALOGUE_INVALID') && /GOLD_FROM_THIN_AIR.*MIRROR_TRADE_GAP/.test(error.message),
    );
  });

  it('names the entry and the mistake when the schema fails', () => {
    const doc = document();
    const thresholds = entry(doc, 'MIRROR_TRADE_GAP').thresholds as Record<string, Record<string, unknown>>;
    (thresholds.relativeGap ?? {}).value = 'ten per cent';
    rejects(doc, 'typology MIRROR_TRADE_GAP', '/thresholds/relativeGap/value');

    const unknownInput = document();
    entry(unknownInput, 'ASSAY_MISMATCH').inputs = ['Assay', 'Invoice'];
    rejects(unknownInput, 'typology ASSAY_MISMATCH', '/inputs/1');
  });

  it('refuses what the schema cannot see: duplicates, unknown pillars, bands out of order, bad values', () => {
    const duplicate = document();
    duplicate.typologies.push(entry(duplicate, 'STRUCTURING'));
    rejects(duplicate, 'STRUCTURING appears more than once');

    const pillar = document();
    entry(pillar, 'STRUCTURING').pillar = 'GOOD_VIBES';
    rejects(pillar, 'typology STRUCTURING: pillar GOOD_VIBES is not one of the pillars');

    const bands = document();
    const severity = entry(bands, 'UNDER_VALUATION').severity as Record<string, unknown>;
    severity.bands = { low: 0.9, medium: 0.95, high: 0.65, critical: 0.5 };
    rejects(bands, 'typology UNDER_VALUATION: severity bands: medium (0.95) must be below low (0.9)');

    const fraction = document();
    const values = entry(fraction, 'ASSAY_MISMATCH').thresholds as Record<string, Record<string, unknown>>;
    (values.relativeTolerance ?? {}).value = 3;
    rejects(fraction, 'typology ASSAY_MISMATCH: threshold relativeTolerance: 3 is a fraction above 1');

    const version = document();
    version.version = '9.9.9';
    rejects(version, `changes: the first entry (the latest) is ${catalogue.version}, but version is 9.9.9`);
  });

  it('gives every typology its channels besides money laundering, and refuses a list that misses one or names none', () => {
    for (const code of codes) assert.ok((catalogue.channels[code]?.length ?? 0) > 0, code);

    const missing = document();
    delete (missing.channels as Record<string, unknown>).STRUCTURING;
    rejects(missing, 'channels: typology STRUCTURING has none');

    const unknown = document();
    (unknown.channels as Record<string, unknown>).STRUCTURINGG = ['tax'];
    rejects(unknown, 'channels: STRUCTURINGG is not a typology of the catalogue');

    const laundering = document();
    (laundering.channels as Record<string, unknown>).STRUCTURING = ['money-laundering'];
    rejects(laundering, '/channels/STRUCTURING/0 must be one of tax, customs, environmental, mining');
  });

  it('reports a file that is not YAML with its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'veta-catalogue-'));
    try {
      const path = join(dir, 'broken.yaml');
      writeFileSync(path, 'typologies: [unclosed\n');
      assert.throws(
        () => loadCatalogue(path),
        (error: unknown) => isVetaError(error, 'CATALOGUE_INVALID') && error.message.includes(path),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
