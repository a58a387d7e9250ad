import type { Database } from '../../store/engine/database.js';
import { loadLayout } from './load-layout.js';

/**
 * Two sales in March by one barequero, 40.5 g in all, as Colombia's certificates of origin: over
 * Colombia's monthly cap of 35 g, under its yearly one.
 */
export async function barequeroSales(db: Database, year = 2024): Promise<void> {
  await loadLayout(
    db,
    'CO-CERTIFICADOS-ORIGEN',
    [
      `CO-${year}-1;05/03/${year};900987654;CC;1077123456;MARÍA MOSQUERA PEÑA;BAREQUERO;BAREQUEO;QUIBDÓ;ORO;20;0,85;1.000.000`,
      `CO-${year}-2;20/03/${year};901234567;CC;1077123456;MARÍA MOSQUERA PEÑA;BAREQUERO;BAREQUEO;QUIBDÓ;ORO;20,5;0,85;1.000.000`,
    ],
    { encoding: 'latin1' },
  );
}
