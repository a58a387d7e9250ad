import { it } from 'node:test';
import assert from 'node:assert/strict';
import { builtinRulebook, type Rulebook } from '@veta/standard';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { purchase } from '../testing/gold-lines.js';
import { loadLayoutFile, loadLayouts } from '../testing/load-layout.js';
import { settingsOf } from '../testing/settings.js';
import { regulatoryArbitrageDetector } from './regulatory-arbitrage.js';

const SETTINGS = settingsOf(regulatoryArbitrageDetector);
const BO_HEADER =
  'NUMERO_FORMULARIO|TIPO|FECHA|NIT_OPERADOR|NIM|NIT_PROVEEDOR|CODIGO_UNICO_ORIGEN|MINERAL|PESO_BRUTO_KG|LEY_PORCENTAJE|PESO_FINO_KG|VALOR_BRUTO_USD|PAIS_DESTINO|ADUANA_SALIDA|REGALIA_USD';

/** The 24 months of 2023 and 2024 as yyyy-mm. */
const MONTHS = ['2023', '2024'].flatMap((year) =>
  Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}`),
);
const inShift = (month: string, first = '2023-07', last = '2024-02'): boolean =>
  month >= first && month <= last;

let form = 0;
/** A Bolivian trade form (SENARECOM): an export or a purchase from a mine, fine kg at 90 %. */
function boForm(
  kind: 'EXPORTACION' | 'COMPRA_INTERNA',
  operator: string,
  month: string,
  fineKg: number,
): string {
  form += 1;
  const day = `${month.replace('-', '')}14`;
  const gross = (fineKg / 0.9).toFixed(3);
  const usd = String(Math.round(fineKg * 64000));
  return kind === 'EXPORTACION'
    ? `E-01-${month.slice(0, 4)}-${String(form).padStart(6, '0')}|EXPORTACION|${day}|${operator}|01-2345-01|||AU|${gross}|90|${String(fineKg)}|${usd}|AE|AEROPUERTO EL ALTO|${String(Math.round(fineKg * 2000))}`
    : `M-03-${month.slice(0, 4)}-${String(form).padStart(6, '0')}|COMPRA_INTERNA|${day}|${operator}|01-2345-01|1020304050|LPZ-0412|AU|${gross}|90|${String(fineKg)}|${usd}|||${String(Math.round(fineKg * 2000))}`;
}

/**
 * Peru's buyers buy 100 kg a month from mines, 40 kg from July 2023 to February 2024; Bolivia's
 * established exporter ships 50 kg a month and its buyers buy 20 kg from Bolivian mines. `bolivia`
 * adds what the test is about.
 */
async function loadRegion(db: Database, bolivia: (month: string) => string[]): Promise<void> {
  await loadLayouts(db, {
    'PE-COMPRAS': MONTHS.map((month) =>
      purchase('20100000017', `15/${month.slice(5)}/${month.slice(0, 4)}`, inShift(month) ? 40_000 : 100_000),
    ),
  });
  // Written as Excel on Windows saves it, not as the simulator writes it.
  const rows = MONTHS.flatMap((month) => [
    boForm('EXPORTACION', '1023456789', month, 50),
    boForm('COMPRA_INTERNA', '1023456789', month, 20),
    ...bolivia(month),
  ]);
  await loadLayoutFile(db, 'BO-SENARECOM.txt', `${[BO_HEADER, ...rows].join('\r\n')}\r\n`);
}

/** A newcomer exporting 60 kg a month in the given months, with no purchase behind it. */
const newcomer =
  (first = '2023-07', last = '2024-02') =>
  (month: string): string[] =>
    inShift(month, first, last) ? [boForm('EXPORTACION', '1098765432', month, 60)] : [];

function withRule(edit: (rulebook: Rulebook) => void): typeof SETTINGS {
  const rulebook = structuredClone(builtinRulebook());
  edit(rulebook);
  return { ...SETTINGS, rulebook };
}

describeEachEngine('REGULATORY_ARBITRAGE', (engine) => {
  it('fires when Peru loses the gold Bolivia exports unbought, naming the exporter and both countries’ rules', async () => {
    const db = await engine.openMigrated();
    await loadRegion(db, newcomer());
    const alerts = await regulatoryArbitrageDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['PE', 'BO', 'BO:NIT:1098765432']);
    assert.equal(alert?.country, 'BO');
    assert.deepEqual(alert?.period, { start: '2023-07-01', end: '2024-02-29' });
    assert.equal(alert?.figures.fallKgPerMonth, 60);
    assert.equal(alert?.figures.unbackedRiseKgPerMonth, 60);
    assert.equal(alert?.figures.movedKgPerMonth, 60);
    assert.equal(alert?.severity, 'high');
    assert.match(String(alert?.figures.controls), /ML_PREDICATE_OFFENCE/);
    assert.match(
      alert?.explanation.es ?? '',
      /Decreto Legislativo 1106, art\. 10, 2012-04-18; sin verificar\); BO: sin regla registrada/,
    );
    assert.equal(alert?.figures.recentControls, 'none');
    const exports = alert?.evidence ?? [];
    assert.equal(exports.length, 8);
    assert.ok(
      exports.every((item) => item.file === 'BO-SENARECOM.txt' && item.values.party === 'BO:NIT:1098765432'),
    );
  });

  it('stays silent when Bolivia’s own mines account for the rise', async () => {
    const db = await engine.openMigrated();
    await loadRegion(db, (month) => [
      ...newcomer()(month),
      ...(inShift(month) ? [boForm('COMPRA_INTERNA', '1098765432', month, 60)] : []),
    ]);
    assert.deepEqual(await regulatoryArbitrageDetector.run(db, SETTINGS), []);
  });

  it('stays silent when the rise comes months after the fall', async () => {
    const db = await engine.openMigrated();
    await loadRegion(db, newcomer('2024-03', '2024-10'));
    assert.deepEqual(await regulatoryArbitrageDetector.run(db, SETTINGS), []);
  });

  it('stays silent where Bolivia holds the controls Peru holds, and says when Peru’s control is new', async () => {
    const db = await engine.openMigrated();
    await loadRegion(db, newcomer());
    const level = withRule((rulebook) => {
      rulebook.rules.BO = (rulebook.rules.PE ?? []).map((rule) => ({ ...rule }));
    });
    assert.deepEqual(await regulatoryArbitrageDetector.run(db, level), []);
    const fresh = withRule((rulebook) => {
      for (const rule of rulebook.rules.PE ?? [])
        if (rule.topic === 'ML_PREDICATE_OFFENCE') rule.inForce = { from: '2023-03-01' };
    });
    const [alert] = await regulatoryArbitrageDetector.run(db, fresh);
    assert.equal(alert?.figures.recentControls, 'ML_PREDICATE_OFFENCE');
    assert.equal(alert?.severity, 'critical');
    assert.match(alert?.explanation.en ?? '', /began soon after PE tightened its control: .*\(2023-03-01\)/);
  });
});
