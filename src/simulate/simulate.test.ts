import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { checkPeRuc } from '@veta/standard';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { LAYOUTS, layoutPath, type Layout } from './layouts/catalogue.js';
import { simulateRegion, type SimulationSummary } from './simulate.js';

const root = mkdtempSync(join(tmpdir(), 'veta-simulate-'));
const RANGE = { from: { year: 2022, month: 1 }, to: { year: 2024, month: 12 } } as const;
const run = (name: string, seed: number, plantSchemes = true): Promise<SimulationSummary> =>
  simulateRegion({ seed, scale: 'small', ...RANGE, outDir: join(root, name), plantSchemes });

const DELIMITERS: Record<string, string> = { PE: ';', CO: ';', BO: '|', INTL: ',' };

function hashes(dir: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    result.set(path.slice(dir.length), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return result;
}

function readCsv(dir: string, l: Layout): string[][] {
  const bytes = readFileSync(join(dir, layoutPath(l)));
  const text = l.folder === 'CO' ? iconv.decode(bytes, 'latin1') : bytes.toString('utf8');
  return parse(text, { delimiter: DELIMITERS[l.folder], bom: true, relax_column_count: false });
}

async function readXlsx(dir: string, l: Layout): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, layoutPath(l)));
  const sheet = workbook.getWorksheet(l.id);
  assert.ok(sheet, `${l.id} has a sheet named after the layout`);
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

let first: SimulationSummary;
let clean: SimulationSummary;

describe('simulateRegion at small scale', () => {
  before(async () => {
    first = await run('a', 7);
    clean = await run('clean', 7, false);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('writes about 50k rows and every layout', () => {
    assert.equal(first.files.length, LAYOUTS.length);
    assert.ok(first.totalRows > 35_000 && first.totalRows < 90_000, `${first.totalRows} rows`);
    for (const f of first.files) assert.ok(f.rows > 0, `${f.layout} has rows`);
  });

  it('gives byte-identical files for the same seed and different files for another seed', async () => {
    await run('b', 7);
    await run('c', 8);
    const a = hashes(join(root, 'a'));
    assert.deepEqual(hashes(join(root, 'b')), a);
    const c = hashes(join(root, 'c'));
    assert.notEqual(c.get('/PE/PE-COMPRAS.csv'), a.get('/PE/PE-COMPRAS.csv'));
    assert.notEqual(c.get('/EC/EC-EXPORTACIONES.xlsx'), a.get('/EC/EC-EXPORTACIONES.xlsx'));
  });

  it('writes every CSV layout with its exact header, separator and encoding', () => {
    for (const l of LAYOUTS.filter((x) => x.format === 'csv')) {
      const rows = readCsv(join(root, 'a'), l);
      assert.deepEqual(rows[0], [...l.columns], `${l.id} header`);
      const summary = first.files.find((f) => f.layout === l.id);
      assert.equal(rows.length - 1, summary?.rows, `${l.id} row count`);
    }
    const co = readFileSync(join(root, 'a', 'CO', 'CO-RUCOM.csv'));
    assert.ok(
      co.includes(Buffer.from([0xd1])) ||
        co.includes(Buffer.from([0xc1])) ||
        co.includes(Buffer.from([0xe9])),
      'CO files are Latin-1',
    );
    const bom = readFileSync(join(root, 'a', 'PE', 'PE-DAM.csv')).subarray(0, 3);
    assert.deepEqual([...bom], [0xef, 0xbb, 0xbf]);
  });

  it('copies the exact MIRROR-DOTS header of the real IMF/GFI sample', () => {
    const sample = new URL(
      '../../../shared/data/samples/imf-dots-mirror-gfi-andean-2017.csv',
      `file://${process.cwd()}/`,
    );
    if (!existsSync(sample)) return;
    const header = readFileSync(sample, 'utf8').split('\n')[0]?.trim();
    assert.equal(readFileSync(join(root, 'a', 'INTL', 'MIRROR-DOTS.csv'), 'utf8').split('\n')[0], header);
  });

  it('writes Ecuador as XLSX with one sheet named after the layout and the exact header', async () => {
    for (const l of LAYOUTS.filter((x) => x.format === 'xlsx')) {
      const rows = await readXlsx(join(root, 'a'), l);
      assert.deepEqual(rows[0], [...l.columns], `${l.id} header`);
      assert.ok(rows.length > 1, `${l.id} has data`);
    }
  });

  it('writes GeoJSON feature collections', () => {
    for (const id of ['SATELLITE-ALERTS', 'PROTECTED-AREAS']) {
      const json = JSON.parse(readFileSync(join(root, 'a', 'INTL', `${id}.geojson`), 'utf8')) as {
        type: string;
        features: unknown[];
      };
      assert.equal(json.type, 'FeatureCollection');
      assert.ok(json.features.length > 0);
    }
  });

  it('plants at least three instances of every typology, each subject present in the files', async () => {
    const truth = JSON.parse(readFileSync(join(root, 'a', 'truth.json'), 'utf8')) as {
      schemes: { typology: string; subjects: string[] }[];
      partyRecords: unknown[];
      entities: unknown[];
    };
    const counts = new Map<string, number>();
    for (const s of truth.schemes) counts.set(s.typology, (counts.get(s.typology) ?? 0) + 1);
    assert.equal(counts.size, 22);
    for (const [typology, count] of counts) assert.ok(count >= 3, `${typology}: ${count}`);
    const haystack = await allText(join(root, 'a'));
    for (const s of truth.schemes) {
      for (const subject of s.subjects) {
        const value =
          subject
            .split(':')
            .slice(subject.startsWith('SAT:') || subject.startsWith('AREA:') ? 1 : 2)
            .join(':') || subject;
        assert.ok(haystack.includes(value), `${s.typology} subject ${subject} appears in the files`);
      }
    }
    assert.ok(truth.partyRecords.length > 1000 && truth.entities.length > 500);
  });

  it('says which other typologies a scheme shows by construction, and only where it does', () => {
    const truth = JSON.parse(readFileSync(join(root, 'a', 'truth.json'), 'utf8')) as {
      schemes: { typology: string; intensity: string; alsoShows?: string[] }[];
    };
    const shows = (typology: string): string[][] =>
      truth.schemes.filter((s) => s.typology === typology).map((s) => s.alsoShows ?? []);
    const each = (typology: string, shown: string): string[][] => shows(typology).map(() => [shown]);
    assert.deepEqual(shows('INPUT_DIVERSION'), each('INPUT_DIVERSION', 'ILLEGAL_MINING_SITE'));
    assert.deepEqual(shows('REGULATORY_ARBITRAGE'), each('REGULATORY_ARBITRAGE', 'PRODUCTION_EXPORT_GAP'));
    assert.deepEqual(shows('INPUT_OUTPUT_MISMATCH'), each('INPUT_OUTPUT_MISMATCH', 'INPUT_QUOTA_EXCEEDED'));
    // A quota exceeded 1.08 times is 2.4 times the mean need: short of the mildest planted mismatch.
    assert.deepEqual(
      truth.schemes
        .filter((s) => s.typology === 'INPUT_QUOTA_EXCEEDED')
        .map((s) => [s.intensity, s.alsoShows ?? []]),
      [
        ['NEAR_THRESHOLD', []],
        ['CLEAR', ['INPUT_OUTPUT_MISMATCH']],
        ['BLATANT', ['INPUT_OUTPUT_MISMATCH']],
      ],
    );
    assert.ok(shows('GHOST_PRODUCTION').every((shown) => shown.length === 0));
  });

  it('lists miners with a personal RUC in the taxpayer register beside the companies', () => {
    const dir = join(root, 'a');
    const padron = readCsv(dir, layoutOf('PE-PADRON-RUC')).slice(1);
    const registered = new Set(padron.map((r) => r[0]));
    assert.ok(padron.some((r) => r[2] === 'PERSONA NATURAL CON NEGOCIO' && r[0]?.startsWith('10')));
    for (const id of ['PE-CATASTRO', 'PE-PRODUCCION', 'PE-COMPRAS']) {
      const l = layoutOf(id);
      const column = l.columns.indexOf(
        id === 'PE-COMPRAS' ? 'RUC_VENDEDOR' : id === 'PE-CATASTRO' ? 'RUC_TITULAR' : 'RUC',
      );
      const personal = readCsv(dir, l)
        .slice(1)
        .map((r) => r[column] ?? '')
        .filter((ruc) => ruc.startsWith('10') && checkPeRuc(ruc).valid);
      assert.ok(personal.length > 0, `${id} names persons by RUC`);
      for (const ruc of personal) assert.ok(registered.has(ruc), `${id} RUC ${ruc} is in PE-PADRON-RUC`);
    }
  });

  it('writes thousands separators in some large Colombian amounts, all of which read back', () => {
    const grouped = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
    const plain = /^-?\d+(,\d+)?$/;
    let groupedCount = 0;
    for (const id of ['CO-REGALIAS', 'CO-CERTIFICADOS-ORIGEN', 'CO-RUES']) {
      const rows = readCsv(join(root, 'a'), layoutOf(id));
      for (const row of rows.slice(1)) {
        for (const cell of row) {
          if (!grouped.test(cell)) continue;
          groupedCount++;
          const value = Number(cell.replaceAll('.', '').replace(',', '.'));
          assert.ok(Number.isFinite(value) && value >= 1000, `${id} ${cell}`);
        }
      }
      assert.ok(
        rows
          .slice(1)
          .some((row) => row.some((cell) => plain.test(cell) && Number(cell.replace(',', '.')) >= 1000)),
      );
    }
    assert.ok(groupedCount > 100, `${groupedCount} grouped amounts`);
  });

  it("conserves fine gold from Peruvian and Ecuadorian mines, through Ecuador's traders, to exports within 0.5 % in the clean world", async () => {
    assert.equal(clean.schemeInstances, 0);
    const dir = join(root, 'clean');
    const pe = LAYOUTS.find((l) => l.id === 'PE-PRODUCCION');
    const dam = LAYOUTS.find((l) => l.id === 'PE-DAM');
    assert.ok(pe && dam);
    const produced = readCsv(dir, pe)
      .slice(1)
      .filter((r) => r[5] === 'AU')
      .reduce((sum, r) => sum + Number(r[6]) * (r[7] === 'KG' ? 1000 : 1), 0);
    const exported = readCsv(dir, dam)
      .slice(1)
      .filter((r) => r[5] === '7108120000')
      .reduce((sum, r) => sum + Number(r[9]) * Number(r[11]), 0);
    assert.ok(
      Math.abs(exported / produced - 1) < 0.005,
      `PE exported ${exported} g vs produced ${produced} g`,
    );
    const ecProduced = (
      await readXlsx(dir, { id: 'EC-PRODUCCION', folder: 'EC', format: 'xlsx', columns: [] })
    )
      .slice(1)
      .reduce((sum, r) => sum + Number(r[4]) * unitGrams(String(r[5])), 0);
    const ecExported = (
      await readXlsx(dir, { id: 'EC-EXPORTACIONES', folder: 'EC', format: 'xlsx', columns: [] })
    )
      .slice(1)
      .reduce((sum, r) => sum + Number(r[7]) * Number(r[8]), 0);
    assert.ok(
      Math.abs(ecExported / ecProduced - 1) < 0.005,
      `EC exported ${ecExported} g vs produced ${ecProduced} g`,
    );
    // Ecuador's traders and plants sell on every gram they buy, in the same month's report.
    const ecTrades = (await readXlsx(dir, layoutOf('EC-COMERCIALIZACION'))).slice(1);
    const fineOf = (kind: string): number =>
      ecTrades.filter((r) => r[1] === kind).reduce((sum, r) => sum + Number(r[12]), 0);
    assert.ok(fineOf('COMPRA') > 0, 'EC traders buy gold');
    assert.ok(
      Math.abs(fineOf('VENTA') / fineOf('COMPRA') - 1) < 0.005,
      `EC traders sold ${fineOf('VENTA')} g vs bought ${fineOf('COMPRA')} g`,
    );
  });
});

function layoutOf(id: string): Layout {
  const found = LAYOUTS.find((l) => l.id === id);
  assert.ok(found, id);
  return found;
}

function unitGrams(unit: string): number {
  return unit === 'kg' ? 1000 : unit === 'oz troy' ? 31.1034768 : 1;
}

async function allText(dir: string): Promise<string> {
  const parts: string[] = [];
  for (const l of LAYOUTS) {
    if (l.format === 'xlsx') parts.push(JSON.stringify(await readXlsx(dir, l)));
    else {
      const bytes = readFileSync(join(dir, layoutPath(l)));
      parts.push(l.folder === 'CO' ? iconv.decode(bytes, 'latin1') : bytes.toString('utf8'));
    }
  }
  return parts.join('\n');
}
