import { peRucCheckDigit } from '@veta/standard';
import { builtinCatalogue } from '../../detect/catalogue/catalogue.js';
import { runDetection } from '../../detect/run-detection.js';
import { loadWithPrices, purchase } from '../../detect/testing/gold-lines.js';
import { loadLayout } from '../../detect/testing/load-layout.js';
import type { Database } from '../../store/engine/database.js';

/** A valid RUC from its first ten digits. */
function ruc(firstTen: string): string {
  return `${firstTen}${String(peRucCheckDigit(firstTen))}`;
}

/** The Peruvian buyer whose cash payments are split under the reporting threshold. */
export const CASH_BUYER = ruc('2060312458');
/** The Peruvian trader who sold more fine gold than it bought. */
export const TRADER = '20100000017';
/** The Colombian barequeros who sold past the subsistence cap. */
export const BAREQUEROS = ['1077123456', '1077654321'] as const;

let sequence = 0;

function cashPurchase(seller: string, date: string, soles: string): string {
  sequence += 1;
  return `${date};${CASH_BUYER};${seller};PEÑA QUISPE JUAN;650001122;45;900;40.5;${soles};4;EFECTIVO;C001-${String(sequence).padStart(6, '0')}`;
}

function certificate(seller: string, date: string, grams: string): string {
  sequence += 1;
  return `CO-2024-${String(sequence)};${date};900987654;CC;${seller};MARÍA MOSQUERA PEÑA;BAREQUERO;BAREQUEO;QUIBDÓ;ORO;${grams};0,85;1.000.000`;
}

/**
 * Loads small Peruvian and Colombian files through the real ingestion and runs the real detectors
 * on them: Peru gets two STRUCTURING alerts (March and July: months enough apart to be two
 * episodes) and a TRADER_MASS_BALANCE alert, Colombia two
 * SUBSISTENCE_CAP_EXCEEDED alerts (one high, one low).
 */
export async function loadAlertFixture(db: Database): Promise<void> {
  const [smaller, larger] = [ruc('1041234567'), ruc('1042222222')];
  await loadWithPrices(db, {
    'PE-COMPRAS': [
      cashPurchase(smaller, '04/03/2024', '32000.00'),
      cashPurchase(smaller, '12/03/2024', '34000.00'),
      cashPurchase(smaller, '27/03/2024', '30000.00'),
      cashPurchase(larger, '02/07/2024', '38000.00'),
      cashPurchase(larger, '09/07/2024', '38000.00'),
      cashPurchase(larger, '16/07/2024', '38000.00'),
      cashPurchase(larger, '23/07/2024', '38000.00'),
      purchase(TRADER, '05/01/2024', 10000),
      purchase(TRADER, '05/02/2024', 10000),
      purchase(TRADER, '05/03/2024', 10000),
      purchase('20100000122', '27/01/2024', 11500, TRADER),
      purchase('20100000122', '27/02/2024', 11500, TRADER),
      purchase('20100000122', '27/03/2024', 11500, TRADER),
    ],
  });
  await loadLayout(
    db,
    'CO-CERTIFICADOS-ORIGEN',
    [
      certificate(BAREQUEROS[0], '05/03/2024', '20'),
      certificate(BAREQUEROS[0], '20/03/2024', '20,5'),
      certificate(BAREQUEROS[1], '05/04/2024', '60'),
      certificate(BAREQUEROS[1], '20/04/2024', '60'),
    ],
    { encoding: 'latin1' },
  );
  await runDetection(db, {
    catalogue: builtinCatalogue(),
    only: ['STRUCTURING', 'TRADER_MASS_BALANCE', 'SUBSISTENCE_CAP_EXCEEDED'],
  });
}
