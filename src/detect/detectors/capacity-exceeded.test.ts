import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { silentLogger } from '../../core/logger.js';
import type { Database } from '../../store/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { ingestFile } from '../../ingest/pipeline/ingest-file.js';
import { loadProfiles } from '../../ingest/profiles/load-profiles.js';
import { builtinCatalogue, typology } from '../catalogue/catalogue.js';
import { thresholdsFor } from '../catalogue/threshold-overrides.js';
import type { DetectorSettings } from '../detector.js';
import { capacityExceededDetector } from './capacity-exceeded.js';

const catalogue = builtinCatalogue();
const SETTINGS: DetectorSettings = {
  thresholds: thresholdsFor(catalogue, 'CAPACITY_EXCEEDED'),
  severity: typology('CAPACITY_EXCEEDED', catalogue).severity,
};
const TITULOS =
  'CODIGO_EXPEDIENTE;MODALIDAD;ESTADO;TITULARES;MINERALES;AREA_HA;DEPARTAMENTO;MUNICIPIO;FECHA_INSCRIPCION;CAPACIDAD_PTO_G_MES;WKT';
const CERTIFICADOS =
  'CONSECUTIVO;FECHA;NIT_COMPRADOR;TIPO_DOC_VENDEDOR;DOC_VENDEDOR;NOMBRE_VENDEDOR;CLASIFICACION_VENDEDOR;CODIGO_EXPEDIENTE_ORIGEN;MUNICIPIO_ORIGEN;MINERAL;CANTIDAD_G;LEY;VALOR_COP';
const REGALIAS =
  'TRIMESTRE;CODIGO_EXPEDIENTE;TIPO_DOCUMENTO;NUMERO_DOCUMENTO;MINERAL;CANTIDAD;UNIDAD;PRECIO_BASE_COP;REGALIA_COP;MUNICIPIO';
let sequence = 0;

/** A small Colombian title approved for `capacityG` grams of gold a month, held by CC `holder`. */
function titulo(code: string, holder: string, capacityG: string): string {
  return `${code};LICENCIA DE EXPLOTACION;VIGENTE;CC ${holder} MARÍA MOSQUERA PEÑA;ORO;120,5;CHOCÓ;TADÓ;12/11/2015;${capacityG};`;
}

/** A certificate of origin for gold of fineness 0.5 sold by the holder citing the title. */
function certificado(code: string, holder: string, date: string, grossG: string): string {
  sequence += 1;
  return `CO-2024-${sequence};${date};900987654;CC;${holder};MARÍA MOSQUERA PEÑA;TITULAR MINERO;${code};TADÓ;ORO;${grossG};0,5;100.000.000`;
}

function regalia(quarter: string, code: string, holder: string, grams: string): string {
  return `${quarter};${code};CC;${holder};ORO;${grams};GRAMOS;200.000;1.000.000;TADÓ`;
}

async function load(db: Database, files: Record<string, string[]>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'veta-capacity-'));
  for (const [name, lines] of Object.entries(files)) {
    const path = join(dir, name);
    writeFileSync(path, iconv.encode(`${lines.join('\n')}\n`, 'latin1'));
    const report = await ingestFile(db, path, {
      profiles: loadProfiles(),
      logger: silentLogger(),
      today: '2026-11-26',
    });
    assert.equal(report.rowsRejected, 0, `${name}: ${JSON.stringify(report.rejectedByCode)}`);
  }
}

describeEachEngine('CAPACITY_EXCEEDED', (engine) => {
  it('fires when sales and declarations citing a title pass its monthly capacity, with each record as evidence', async () => {
    const db = await engine.openMigrated();
    await load(db, {
      'CO-TITULOS.csv': [
        TITULOS,
        titulo('ABC-123', '1077123456', '1.000'),
        titulo('DEF-456', '52123456', '1.000'),
      ],
      'CO-CERTIFICADOS-ORIGEN.csv': [
        CERTIFICADOS,
        // 1,500 g of fine gold in March 2024 against 1,000 g a month.
        certificado('ABC-123', '1077123456', '05/03/2024', '1.600'),
        certificado('ABC-123', '1077123456', '25/03/2024', '1.400'),
        // 900 g in April: within capacity.
        certificado('ABC-123', '1077123456', '05/04/2024', '1.800'),
        certificado('DEF-456', '52123456', '05/03/2024', '1.800'),
      ],
      // 4,000 g declared for a quarter whose capacity is 3,000 g; the other title declares 2,500 g.
      'CO-REGALIAS.csv': [
        REGALIAS,
        regalia('2024-T1', 'ABC-123', '1077123456', '4.000'),
        regalia('2024-T1', 'DEF-456', '52123456', '2.500'),
      ],
    });
    const alerts = await capacityExceededDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['CO:MR:ABC-123', 'CO:CC:1077123456']);
    assert.deepEqual(alert?.period, { start: '2024-01-01', end: '2024-03-31' });
    assert.equal(alert?.severity, 'medium');
    assert.equal(alert?.figures.outputOverCapacity, 1.5);
    assert.equal(alert?.figures.soldKg, 1.5);
    assert.equal(alert?.figures.declaredKg, 4);
    assert.match(
      alert?.explanation.es ?? '',
      /es 1000 g por mes \(1 kg finos al mes\)\. Las ventas que lo citan sumaron 1,5 kg finos en 1 mes sobre la capacidad \(1 kg autorizados, 1\.50 veces\)\. Sus declaraciones sumaron 4 kg finos en 3 meses sobre la capacidad \(3 kg autorizados, 1\.33 veces\)/,
    );
    assert.deepEqual(
      alert?.evidence.map((item) => [item.table, item.file, item.row]),
      [
        ['mining_right', 'CO-TITULOS.csv', 2],
        ['production_declaration', 'CO-REGALIAS.csv', 2],
        ['mineral_transaction', 'CO-CERTIFICADOS-ORIGEN.csv', 2],
        ['mineral_transaction', 'CO-CERTIFICADOS-ORIGEN.csv', 3],
      ],
    );
  });

  it('stays silent at capacity plus the 5 % tolerance and fires just past it', async () => {
    const db = await engine.openMigrated();
    await load(db, {
      'CO-TITULOS.csv': [
        TITULOS,
        titulo('GHI-001', '11111111', '1.000'),
        titulo('GHI-002', '22222222', '1.000'),
      ],
      // 1,050 g fine is the tolerance's edge; 1,060 g is past it.
      'CO-CERTIFICADOS-ORIGEN.csv': [
        CERTIFICADOS,
        certificado('GHI-001', '11111111', '05/03/2024', '2.100'),
        certificado('GHI-002', '22222222', '05/03/2024', '2.120'),
      ],
    });
    const alerts = await capacityExceededDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.severity, alert.period.start]),
      [['CO:MR:GHI-002', 'low', '2024-03-01']],
    );
  });
});
