import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { parse as parseYaml, stringify } from 'yaml';
import { RULEBOOK_PATH } from '@veta/standard';
import { builtinCatalogue } from '../detect/catalogue/catalogue.js';
import { mirrorTradeGapDetector } from '../detect/detectors/mirror-trade-gap.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

const SAMPLE = fileURLToPath(
  new URL('../../src/ingest/testing/data/MIRROR-DOTS-imf-gfi-andean-2017.csv', import.meta.url),
);

interface AlertJson {
  id: string;
  typology: string;
  severity: string;
  score: number;
  country: string;
  period: { start: string; end: string };
  subjects: string[];
  title: { es: string; en: string };
  explanation: { es: string; en: string };
  evidence: { file: string; row: number }[];
  detectorVersion: string;
  catalogueVersion: string | null;
}

/** The standard's rulebook as a draft with thresholds of its own for Peru, written to a file. */
function draftRulebook(name: string, peru: Record<string, Record<string, number>>): string {
  const rulebook = parseYaml(readFileSync(RULEBOOK_PATH, 'utf8')) as { thresholds?: object };
  const file = join(mkdtempSync(join(tmpdir(), 'veta-rules-')), name);
  writeFileSync(file, stringify({ ...rulebook, thresholds: { ...rulebook.thresholds, PE: peru } }));
  return file;
}

function idsAndScores(alerts: readonly AlertJson[] | undefined): string[] {
  return (alerts ?? []).map((alert) => `${alert.id} ${String(alert.score)}`).sort();
}

describeEachEngine('veta detect and veta alerts', (engine) => {
  it('raise mirror-trade alerts from the real sample, and a rerun updates them without duplicates', async () => {
    const db = dbArgs(await engine.createTarget());
    assert.equal((await runVeta([...db, 'ingest', '--profile', 'MIRROR-DOTS', SAMPLE])).code, 0);
    const first = await runVeta([...db, 'detect', '--json']);
    assert.equal(first.code, 0, first.stderr);
    const [run] = (
      JSON.parse(first.stdout) as { detectors: { code: string; alerts: number; created: number }[] }
    ).detectors;
    assert.equal(run?.code, 'MIRROR_TRADE_GAP');
    assert.ok((run?.alerts ?? 0) > 0);
    assert.equal(run?.created, run?.alerts);

    const again = JSON.parse((await runVeta([...db, 'detect', '--json'])).stdout) as {
      detectors: { created: number; updated: number }[];
    };
    assert.deepEqual(again.detectors[0], { ...again.detectors[0], created: 0, updated: run?.alerts });

    const alerts = JSON.parse(
      (await runVeta([...db, 'alerts', '--each-alert', '--typology', 'mirror_trade_gap'])).stdout,
    ) as AlertJson[];
    assert.equal(alerts.length, run?.alerts);
    assert.equal(new Set(alerts.map((alert) => alert.id)).size, alerts.length);
    // Each alert names the detector's version and the catalogue's, as typologies.yaml promises.
    const catalogue = builtinCatalogue().version;
    assert.ok(
      alerts.every(
        (alert) =>
          alert.catalogueVersion === catalogue && alert.detectorVersion === mirrorTradeGapDetector.version,
      ),
    );
    const peru = alerts.find((alert) => alert.country === 'PE' && alert.subjects.includes('CH'));
    assert.ok(peru);
    assert.deepEqual(peru.period, { start: '2017-01-01', end: '2017-12-31' });
    assert.ok(peru.evidence.every((item) => item.file.endsWith('.csv') && item.row >= 2));

    const csvText = (await runVeta([...db, 'alerts', '--format', 'csv', '--country', 'PE'])).stdout;
    const csv = parse(csvText);
    assert.deepEqual(csv[0]?.slice(0, 3), ['id', 'typology', 'severity']);
    assert.ok(csv.slice(1).every((row) => row[4] === 'PE'));
    const ndjson = (await runVeta([...db, 'alerts', '--each-alert', '--format', 'ndjson'])).stdout
      .trim()
      .split('\n');
    assert.equal(ndjson.length, alerts.length);
  });

  it('refuses a typology that has no detector, exiting 2', async () => {
    const run = await runVeta([...dbArgs(await engine.createTarget()), 'detect', '--only', 'NO_SUCH_SCHEME']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /No detector for NO_SUCH_SCHEME/);
  });

  it('keeps only the alerts whose period overlaps --from and --to, and refuses a malformed month', async () => {
    const db = dbArgs(await engine.createTarget());
    assert.equal((await runVeta([...db, 'ingest', '--profile', 'MIRROR-DOTS', SAMPLE])).code, 0);
    const count = async (...window: string[]): Promise<number> => {
      const run = await runVeta([...db, 'detect', '--json', ...window]);
      assert.equal(run.code, 0, run.stderr);
      return (JSON.parse(run.stdout) as { detectors: { alerts: number }[] }).detectors[0]?.alerts ?? -1;
    };
    // The real sample covers 2017 as whole years.
    assert.equal(await count('--from', '2018-01'), 0);
    assert.equal(await count('--to', '2016-12'), 0);
    assert.ok((await count('--from', '2017-06', '--to', '2017-06')) > 0);
    const bad = await runVeta([...db, 'detect', '--from', '2017-13']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--from 2017-13 is not a month; write it as YYYY-MM/);
  });

  it("raises a country's alerts under the thresholds it sets for itself, and no other country's", async () => {
    const alertsUnder = async (...thresholds: string[]): Promise<Map<string, AlertJson[]>> => {
      const db = dbArgs(await engine.createTarget());
      assert.equal((await runVeta([...db, 'ingest', '--profile', 'MIRROR-DOTS', SAMPLE])).code, 0);
      const run = await runVeta([...db, 'detect', ...thresholds]);
      assert.equal(run.code, 0, run.stderr);
      const alerts = JSON.parse((await runVeta([...db, 'alerts', '--each-alert'])).stdout) as AlertJson[];
      const byCountry = new Map<string, AlertJson[]>();
      for (const alert of alerts)
        byCountry.set(alert.country, [...(byCountry.get(alert.country) ?? []), alert]);
      return byCountry;
    };
    // Peru calls a gap one only past 100 million dollars.
    const file = draftRulebook('peru.yaml', { MIRROR_TRADE_GAP: { absoluteGapUsd: 100_000_000 } });
    const [catalogue, peru] = await Promise.all([alertsUnder(), alertsUnder('--rules', file)]);
    // A pair's two flows are two alerts, each under its exporter's country.
    const everyAlert = [...catalogue.values()].flat();
    const bothWays = everyAlert.filter((alert) =>
      everyAlert.some(
        (other) =>
          other.id !== alert.id &&
          other.country !== alert.country &&
          [...other.subjects].sort().join() === [...alert.subjects].sort().join() &&
          other.period.start === alert.period.start,
      ),
    );
    assert.ok(bothWays.length >= 2, 'some pair of countries has both its flows alerted');
    const before = catalogue.get('PE') ?? [];
    const after = peru.get('PE') ?? [];
    assert.ok(after.length < before.length, `PE: ${before.length} alerts, then ${after.length}`);
    assert.ok(after.every((alert) => before.some((known) => known.id === alert.id)));
    const others = [...catalogue.keys()].filter((country) => country !== 'PE');
    assert.ok(others.length >= 3, `countries with alerts: ${others.join(', ')}`);
    for (const country of others)
      assert.deepEqual(idsAndScores(peru.get(country)), idsAndScores(catalogue.get(country)), country);
  });

  it('refuses a rulebook that names a threshold the typology lacks, naming it', async () => {
    const file = draftRulebook('typo.yaml', { MIRROR_TRADE_GAP: { relativeGapp: 0.2 } });
    const run = await runVeta([...dbArgs(await engine.createTarget()), 'detect', '--rules', file]);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /PE\.MIRROR_TRADE_GAP: no threshold "relativeGapp" \(it has [^)]*relativeGap/);
  });
});
