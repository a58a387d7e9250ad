import type { Database } from '../../store/engine/database.js';
import { loadLayouts, type Layout } from './load-layout.js';

// Lines of the Peruvian purchase and customs files that the trade-volume detector tests build on.
// Receipt and declaration numbers only need to be unique, so one counter serves both.
let sequence = 0;

/** 2,000 USD/ozt every month of 2023 and 2024: 64,301.5 USD per fine kg. */
export const FLAT_GOLD_PRICES = ['2023', '2024'].flatMap((year) =>
  Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')},2000`),
);

/** A purchase of gold in PE-COMPRAS, fine grams at 800 thousandths. */
export function purchase(buyer: string, date: string, fineG: number, seller = '10456789019'): string {
  sequence += 1;
  const gross = (fineG / 0.8).toFixed(2);
  return `${date};${buyer};${seller};JUAN PEREZ QUISPE;010012318;${gross};800;${fineG};${String(fineG * 200)};3.75;TRANSFERENCIA;E001-${String(sequence).padStart(6, '0')}`;
}

/** A gold export in PE-DAM: fine kg declared as net weight at 800 thousandths. */
export function goldExport(exporter: string, date: string, fineKg: number): string {
  sequence += 1;
  const net = (fineKg / 0.8).toFixed(4);
  return `235-2024-40-${String(sequence).padStart(6, '0')};40;${date};${exporter};EXPORTADORA ANDINA S.A.C.;7108120000;ORO EN BRUTO ALEADO (DORE);CH;235;${net};${net};800;${String(fineKg * 64000)};;HELVETIA PRECIOUS METALS AG`;
}

/** Loads the files with the flat monthly gold price beside them. */
export async function loadWithPrices(
  db: Database,
  files: Partial<Record<Layout, readonly string[]>>,
): Promise<void> {
  await loadLayouts(db, { 'GOLD-PRICE': FLAT_GOLD_PRICES, ...files });
}
