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
import { assayMismatchDetector } from './assay-mismatch.js';

const catalogue = builtinCatalogue();
const SETTINGS: DetectorSettings = {
  thresholds: thresholdsFor(catalogue, 'ASSAY_MISMATCH'),
  severity: typology('ASSAY_MISMATCH', catalogue).severity,
};
const profiles = loadProfiles();
const DAM_HEADER =
  'NUM_DAM;REGIMEN;FECHA_NUMERACION;RUC_DECLARANTE;RAZON_SOCIAL;SUBPARTIDA;DESCRIPCION_COMERCIAL;PAIS;ADUANA;PESO_NETO_KG;PESO_BRUTO_KG;LEY_MILESIMAS;VALOR_FOB_USD;VALOR_CIF_USD;CONSIGNATARIO';
const COMPRAS_HEADER =
  'FECHA;RUC_COMPRADOR;RUC_VENDEDOR;NOMBRE_VENDEDOR;CODIGO_UNICO_ORIGEN;PESO_BRUTO_G;LEY_MILESIMAS;PESO_FINO_G;IMPORTE_PEN;TIPO_CAMBIO;MEDIO_PAGO;COMPROBANTE';
const ASSAY_HEADER =
  'SAMPLE_ID,COUNTRY,LOT_REF,LAB_ID,ACCREDITED,METHOD,SAMPLED_AT,ANALYSED_AT,AU_G_T,AG_G_T,CU_PCT,ZN_PCT,SN_PCT,HG_MG_KG,PB206_204,PB207_204,PB208_204';
let sequence = 0;

/** A Peruvian doré export of `netKg` at `ley` thousandths; returns the row and its DAM number. */
function dam(ruc: string, netKg: string, ley: string): { row: string; number: string } {
  sequence += 1;
  const number = `235-2024-40-${String(sequence).padStart(6, '0')}`;
  const row = `${number};40;15/03/2024;${ruc};EXPORTADORA ${ruc} S.A.C.;7108120000;ORO EN BRUTO (DORE);CH;235;${netKg};${netKg};${ley};1000000;;VALCAMBI SA`;
  return { row, number };
}

/** A fire assay of a lot: gold in g/t (1,000,000 is pure), by an accredited lab unless told. */
function assay(lot: string, auGT: string, accredited = 'Y'): string {
  sequence += 1;
  return `S-${String(sequence)},PE,${lot},LAB-PE-001,${accredited},FIRE ASSAY,2024-03-12T10:00:00-05:00,2024-03-14T10:00:00-05:00,${auGT},50000,0.5,0.1,,5,,,`;
}

async function load(db: Database, name: string, lines: string[]): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), 'veta-assay-')), name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  const report = await ingestFile(db, path, { profiles, logger: silentLogger(), today: '2026-11-26' });
  assert.equal(report.rowsRejected, 0, JSON.stringify(report.rejectedByCode));
}

describeEachEngine('ASSAY_MISMATCH', (engine) => {
  it('fires when an export declares a lower fineness than the accredited assay of the same lot', async () => {
    const db = await engine.openMigrated();
    const lot = dam('20600000013', '10', '800');
    await load(db, 'PE-DAM.csv', [DAM_HEADER, lot.row]);
    await load(db, 'LAB-ASSAYS.csv', [ASSAY_HEADER, assay(lot.number, '900000')]);
    const alerts = await assayMismatchDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['PE:RUC:20600000013']);
    assert.deepEqual(alert?.period, { start: '2024-03-01', end: '2024-03-31' });
    assert.equal(alert?.severity, 'medium');
    assert.match(
      alert?.explanation.es ?? '',
      /1 exportaciones de oro de PE:RUC:20600000013 con ensayo acreditado del mismo lote declaran 8 kg de oro fino; los ensayos hallan 9 kg\. La mayor diferencia de ley es 11,1 % de la ensayada \(tolerancia 3 %\): la declaración oculta 1 kg de oro fino\./,
    );
    assert.deepEqual(
      alert?.evidence.map((item) => [item.table, item.file, item.row]),
      [
        ['customs_declaration', 'PE-DAM.csv', 2],
        ['assay', 'LAB-ASSAYS.csv', 2],
      ],
    );
  });

  it('respects the relative and absolute tolerances and ignores unaccredited labs', async () => {
    const db = await engine.openMigrated();
    const under = dam('20600000021', '10', '874'); // 2.9 % below 900: silent
    const over = dam('20600000030', '10', '872'); // 3.1 % below 900: fires
    const lowGrade = dam('20600000048', '10', '191'); // 4.5 % but 9 thousandths below 200: silent
    const unaccredited = dam('20600000056', '10', '500');
    await load(db, 'PE-DAM.csv', [DAM_HEADER, under.row, over.row, lowGrade.row, unaccredited.row]);
    await load(db, 'LAB-ASSAYS.csv', [
      ASSAY_HEADER,
      assay(under.number, '900000'),
      assay(over.number, '900000'),
      assay(lowGrade.number, '200000'),
      assay(unaccredited.number, '900000', 'N'),
    ]);
    const alerts = await assayMismatchDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.severity]),
      [['PE:RUC:20600000030', 'low']],
    );
  });

  it('names seller and buyer of a purchase, and skips a lot reference two buyers share', async () => {
    const db = await engine.openMigrated();
    const purchase = (buyer: string, seller: string, receipt: string): string =>
      `10/03/2024;${buyer};${seller};PEÑA QUISPE JUAN;650001122;1000;800;800;200000.00;3.75;TRANSFERENCIA;${receipt}`;
    await load(db, 'PE-COMPRAS.csv', [
      COMPRAS_HEADER,
      purchase('20600000064', '10412345679', 'E001-000001'),
      purchase('20600000064', '10432156783', 'E001-000002'),
      purchase('20600000072', '10723456717', 'E001-000002'),
    ]);
    await load(db, 'LAB-ASSAYS.csv', [
      ASSAY_HEADER,
      assay('E001-000001', '900000'),
      assay('E001-000002', '900000'),
    ]);
    const alerts = await assayMismatchDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => alert.subjects),
      [['PE:RUC:10412345679', 'PE:RUC:20600000064']],
    );
    assert.match(alerts[0]?.explanation.en ?? '', /1 gold purchases by PE:RUC:10412345679/);
  });
});
