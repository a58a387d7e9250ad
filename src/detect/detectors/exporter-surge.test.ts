import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../core/logger.js';
import type { Database } from '../../store/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { ingestFile } from '../../ingest/pipeline/ingest-file.js';
import { loadProfiles } from '../../ingest/profiles/load-profiles.js';
import { builtinCatalogue, typology } from '../catalogue/catalogue.js';
import { thresholdsFor } from '../catalogue/threshold-overrides.js';
import type { DetectorSettings } from '../detector.js';
import { exporterSurgeDetector } from './exporter-surge.js';

const HEADERS: Readonly<Record<string, string>> = {
  'PE-DAM.csv':
    'NUM_DAM;REGIMEN;FECHA_NUMERACION;RUC_DECLARANTE;RAZON_SOCIAL;SUBPARTIDA;DESCRIPCION_COMERCIAL;PAIS;ADUANA;PESO_NETO_KG;PESO_BRUTO_KG;LEY_MILESIMAS;VALOR_FOB_USD;VALOR_CIF_USD;CONSIGNATARIO',
  'PE-PADRON-RUC.csv':
    'RUC;RAZON_SOCIAL;TIPO_CONTRIBUYENTE;ESTADO;CONDICION;FECHA_INSCRIPCION;CIIU;DIRECCION;DEPARTAMENTO;REPRESENTANTE_TIPO_DOC;REPRESENTANTE_NUM_DOC;REPRESENTANTE_NOMBRE',
};
const catalogue = builtinCatalogue();
const SETTINGS: DetectorSettings = {
  thresholds: thresholdsFor(catalogue, 'EXPORTER_SURGE'),
  severity: typology('EXPORTER_SURGE', catalogue).severity,
};
let sequence = 0;

/** A gold export in PE-DAM: fine kg declared as net weight at 800 thousandths. */
function goldExport(exporter: string, date: string, fineKg: number): string {
  sequence += 1;
  const net = (fineKg / 0.8).toFixed(4);
  return `235-2024-40-${String(sequence).padStart(6, '0')};40;${date};${exporter};EXPORTADORA ANDINA S.A.C.;7108120000;ORO EN BRUTO ALEADO (DORE);CH;235;${net};${net};800;${String(fineKg * 64000)};;HELVETIA PRECIOUS METALS AG`;
}

/** One export on the 15th of each month from `first` to `last` (months of one year, 1-12). */
function monthly(exporter: string, year: number, fineKg: number, first = 1, last = 12): string[] {
  return Array.from({ length: last - first + 1 }, (_, index) =>
    goldExport(exporter, `15/${String(first + index).padStart(2, '0')}/${String(year)}`, fineKg),
  );
}

async function load(db: Database, files: Readonly<Record<string, string[]>>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'veta-surge-'));
  for (const [name, lines] of Object.entries(files)) {
    const path = join(dir, name);
    writeFileSync(path, `${[HEADERS[name] ?? '', ...lines].join('\n')}\n`);
    const report = await ingestFile(db, path, {
      profiles: loadProfiles(),
      logger: silentLogger(),
      today: '2026-11-26',
    });
    assert.equal(report.rowsRejected, 0, `${name}: ${JSON.stringify(report.rejectedByCode)}`);
  }
}

describeEachEngine('EXPORTER_SURGE', (engine) => {
  it('fires on exports up tenfold year on year, and not on 9.9 times', async () => {
    const db = await engine.openMigrated();
    await load(db, {
      'PE-DAM.csv': [
        ...monthly('20100000017', 2023, 1),
        ...monthly('20100000017', 2024, 10),
        ...monthly('20100000025', 2023, 1),
        ...monthly('20100000025', 2024, 9.9),
      ],
    });
    const alerts = await exporterSurgeDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['PE:RUC:20100000017']);
    assert.equal(alert?.country, 'PE');
    assert.deepEqual(alert?.period, { start: '2024-01-01', end: '2024-12-31' });
    assert.equal(alert?.figures.rule, 'GROWTH');
    assert.equal(alert?.figures.fineKgPerMonth, 10);
    assert.equal(alert?.severity, 'medium');
    assert.match(
      alert?.explanation.es ?? '',
      /exportó 120 kg de oro fino en 2024, 10 kg al mes en 12 meses con datos de aduana, frente a 12 kg en 2023 \(1 kg al mes en 12 meses\): 10 veces/,
    );
    const rows = alert?.evidence.map((item) => [item.file, item.row]) ?? [];
    assert.equal(rows.length, 24);
    assert.deepEqual(rows[0], ['PE-DAM.csv', 2]);
    assert.deepEqual(rows[23], ['PE-DAM.csv', 25]);
  });

  it('needs 50 kg a year after a jump from nothing: 48 kg stays silent, 50.4 kg fires', async () => {
    const db = await engine.openMigrated();
    await load(db, {
      'PE-DAM.csv': [
        ...monthly('20100000050', 2023, 1),
        ...monthly('20100000050', 2024, 1),
        ...monthly('20100000033', 2024, 4),
        ...monthly('20100000041', 2024, 4.2),
      ],
    });
    const alerts = await exporterSurgeDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.figures.rule]),
      [['PE:RUC:20100000041', 'GROWTH']],
    );
  });

  it('fires on a company among the top quarter of exporters in its first year, and not on a small newcomer', async () => {
    const db = await engine.openMigrated();
    const registered = (ruc: string): string =>
      `${ruc};EXPORTADORA NUEVA S.A.C.;SOCIEDAD ANONIMA;ACTIVO;HABIDO;01/06/2024;4662;AV. LIMA 123;LIMA;DNI;45678901;PEREZ QUISPE JUAN`;
    await load(db, {
      'PE-PADRON-RUC.csv': [registered('20100000068'), registered('20100000076')],
      'PE-DAM.csv': [
        ...['20100000084', '20100000092', '20100000106'].flatMap((ruc) => [
          ...monthly(ruc, 2023, 1),
          ...monthly(ruc, 2024, 1),
        ]),
        ...monthly('20100000068', 2024, 3, 7, 12),
        ...monthly('20100000076', 2024, 0.5, 7, 12),
      ],
    });
    const alerts = await exporterSurgeDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['PE:RUC:20100000068']);
    // Its first year is measured from its first export, in July.
    assert.deepEqual(alert?.period, { start: '2024-07-01', end: '2024-12-31' });
    assert.equal(alert?.figures.rule, 'FIRST_YEAR');
    assert.equal(alert?.figures.rank, 1);
    assert.equal(alert?.figures.exporters, 5);
    assert.match(
      alert?.explanation.es ?? '',
      /se registró el 2024-06-01 y entre 2024-07-01 y 2024-12-31 exportó 18 kg de oro fino \(3 kg al mes en 6 meses con datos de aduana\): puesto 1\/5/,
    );
    const evidence = alert?.evidence.map((item) => [item.file, item.row, item.role]) ?? [];
    assert.equal(evidence.length, 7);
    assert.deepEqual(evidence[0], ['PE-PADRON-RUC.csv', 2, 'registration']);
  });
});
