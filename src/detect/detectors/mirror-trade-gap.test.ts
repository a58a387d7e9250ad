import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { countryByImfCode } from '@veta/standard';
import { silentLogger } from '../../core/logger.js';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { settingsOf } from '../testing/settings.js';
import { ingestFile } from '../../ingest/pipeline/ingest-file.js';
import { findProfile, loadProfiles } from '../../ingest/profiles/load-profiles.js';
import {
  mirrorGapAlert,
  yearsOf,
  mirrorPairs,
  mirrorTradeGapDetector,
  type MirrorPair,
} from './mirror-trade-gap.js';

const SAMPLE = fileURLToPath(
  new URL('../../../src/ingest/testing/data/MIRROR-DOTS-imf-gfi-andean-2017.csv', import.meta.url),
);
const profiles = loadProfiles();
const SETTINGS = settingsOf(mirrorTradeGapDetector);

interface GfiRow {
  ctycode_m: string;
  ctycode_x: string;
  value_m: string;
  value_x: string;
  expmisbilat: string;
  uo_x: string;
}

function pair(overrides: Partial<MirrorPair>): MirrorPair {
  const exportsFob = overrides.exportsFob ?? 100_000_000;
  const importsFob = overrides.importsFob ?? 100_000_000;
  const evidence = {
    table: 'trade_statistic',
    layout: 'COMTRADE',
    id: 'x',
    file: 'COMTRADE.csv',
    row: 2,
    role: 'export',
    values: {},
  };
  return {
    exporter: 'PE',
    importer: 'CH',
    hsCode: '710812',
    period: { start: '2024-01-01', end: '2024-12-31' },
    exportsFob,
    importsFob,
    gap: Math.abs(exportsFob - importsFob),
    direction: exportsFob === importsFob ? 'none' : exportsFob > importsFob ? 'over' : 'under',
    evidence: [evidence, { ...evidence, id: 'm', role: 'import' }],
    ...overrides,
  };
}

describeEachEngine('MIRROR_TRADE_GAP', (engine) => {
  let db: Database;
  before(async () => {
    db = await engine.openMigrated();
    const report = await ingestFile(db, SAMPLE, {
      profiles,
      profile: findProfile(profiles, 'MIRROR-DOTS'),
      logger: silentLogger(),
    });
    assert.equal(report.status, 'loaded', report.error?.message);
  });

  it("reproduces GFI's published gap (expmisbilat) and direction (uo_x) to the dollar for every row of the real sample", async () => {
    const pairs = await mirrorPairs(db, { allGoods: 1.06, gold: 1.01 });
    const rows = parse<GfiRow>(readFileSync(SAMPLE), { columns: true });
    let checked = 0;
    for (const row of rows) {
      const exporter = countryByImfCode(row.ctycode_x)?.alpha2;
      const importer = countryByImfCode(row.ctycode_m)?.alpha2;
      const candidates = pairs.filter((p) => p.exporter === exporter && p.importer === importer);
      const match = candidates.find((p) => Math.abs(p.importsFob - Number(row.value_m)) < 0.01);
      assert.ok(match, `a mirror pair for ${row.ctycode_x} -> ${row.ctycode_m}`);
      assert.ok(Math.abs(match.gap - Number(row.expmisbilat)) < 1, `gap ${match.gap} vs ${row.expmisbilat}`);
      assert.equal(match.direction, row.uo_x.trim(), `${exporter} -> ${importer}`);
      checked += 1;
    }
    assert.equal(checked, 1212);
  });

  it('raises explained alerts with evidence naming file and row, the same id on every run', async () => {
    const first = await mirrorTradeGapDetector.run(db, SETTINGS);
    const again = await mirrorTradeGapDetector.run(db, SETTINGS);
    assert.ok(first.length > 0);
    assert.deepEqual(again, first);
    const alert = first.find(
      (candidate) => candidate.subjects.includes('PE') && candidate.subjects.includes('CH'),
    );
    assert.ok(alert, 'Peru and Switzerland disagree by far more than the thresholds');
    assert.match(alert.explanation.en, /Peru declared exports to Switzerland of USD 2,349,378,668 FOB/);
    assert.match(alert.explanation.es, /Perú declaró exportaciones a Suiza por USD/);
    assert.deepEqual(
      alert.evidence.map((item) => [item.file, item.row > 1]),
      [
        ['MIRROR-DOTS-imf-gfi-andean-2017.csv', true],
        ['MIRROR-DOTS-imf-gfi-andean-2017.csv', true],
      ],
    );
  });
});

it('fires on a gap past both thresholds and stays silent within either', () => {
  assert.equal(
    mirrorGapAlert(pair({ exportsFob: 100_000_000, importsFob: 95_000_000 }), SETTINGS),
    undefined,
    '5% is within 10%',
  );
  assert.equal(
    mirrorGapAlert(pair({ exportsFob: 1_500_000, importsFob: 1_000_000 }), SETTINGS),
    undefined,
    'USD 0.5M is within USD 1M',
  );
  const alert = mirrorGapAlert(pair({ exportsFob: 100_000_000, importsFob: 60_000_000 }), SETTINGS);
  assert.equal(alert?.severity, 'medium');
  assert.equal(alert?.figures.direction, 'over');
});

it('respects the boundary: exactly 10% is not an alert, just past it is', () => {
  assert.equal(
    mirrorGapAlert(pair({ exportsFob: 110_000_000, importsFob: 100_000_000 }), SETTINGS),
    undefined,
  );
  const past = mirrorGapAlert(pair({ exportsFob: 110_000_001, importsFob: 100_000_000 }), SETTINGS);
  assert.equal(past?.severity, 'low');
});

it("sums a pair's months over their year: a gap too small any month is raised for the year, once", () => {
  const month = (index: number, year = 2022): MirrorPair => {
    const first = `${String(year)}-${String(index).padStart(2, '0')}-01`;
    const last = new Date(Date.UTC(year, index, 0)).toISOString().slice(0, 10);
    return pair({ period: { start: first, end: last }, exportsFob: 400_000, importsFob: 500_000 });
  };
  const months = Array.from({ length: 12 }, (_, index) => month(index + 1));
  assert.deepEqual(
    months.flatMap((item) => mirrorGapAlert(item, SETTINGS) ?? []),
    [],
    'USD 100,000 a month is under the dollar threshold',
  );
  const [year, ...more] = yearsOf([...months, month(1, 2023)]);
  assert.equal(more.length, 0, 'a single month of 2023 is no year');
  assert.deepEqual(year?.period, { start: '2022-01-01', end: '2022-12-31' });
  assert.equal(year?.gap, 1_200_000);
  assert.equal(year?.evidence.length, 24);
  const alert = mirrorGapAlert(year, SETTINGS);
  assert.equal(alert?.figures.direction, 'under');
  // The months' gaps are not counted again as value at stake.
  assert.deepEqual([alert?.figures.summedGapUsd, alert?.figures.gapUsd], [1_200_000, undefined]);
  assert.match(alert?.explanation.en ?? '', /2022-01-01 to 2022-12-31, the sum of 12 months\)/);
  const reported = pair({ period: { start: '2022-01-01', end: '2022-12-31' } });
  assert.deepEqual(
    yearsOf([...months, reported]),
    [],
    'a year the source reports whole is compared as given',
  );
});
