import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { settingsOf } from '../testing/settings.js';
import { loadLayout, WINDOWS_EXPORT } from '../testing/load-layout.js';
import { shellCompanyDetector } from './shell-company.js';

const SETTINGS = settingsOf(shellCompanyDetector);
const ADDRESS = 'JR. AYACUCHO 642 INT. 268';

interface Company {
  ruc: string;
  registered: string;
  address?: string;
  dni?: string;
  condition?: string;
}

function entry(company: Company): string {
  return `${company.ruc};ORO ${company.ruc.slice(-3)} S.A.C.;SOCIEDAD ANONIMA;ACTIVO;${company.condition ?? 'HABIDO'};${company.registered};4662;${company.address ?? ADDRESS};AREQUIPA;DNI;${company.dni ?? '13053468'};CONDORI DÍAZ ROSA`;
}

/** Register entries for the companies, and `fineGrams` of fine gold bought by the first in March 2024. */
async function load(db: Database, companies: readonly Company[], fineGrams: number): Promise<void> {
  await loadLayout(db, 'PE-PADRON-RUC', companies.map(entry), WINDOWS_EXPORT);
  const buyer = companies[0]?.ruc ?? '';
  await loadLayout(
    db,
    'PE-COMPRAS',
    [
      `15/03/2024;${buyer};20257319190;MINERA TAMBO S.A.C.;130400929;${(fineGrams / 0.9).toFixed(2)};900;${fineGrams.toFixed(2)};125619.18;3.75;TRANSFERENCIA;E001-1`,
    ],
    WINDOWS_EXPORT,
  );
  await loadLayout(db, 'GOLD-PRICE', ['2024-03,2000'], WINDOWS_EXPORT);
}

// Two siblings at the same address, one with the same representative: the address and officer
// markers, the officer fronting two companies (common), not a nominee's three.
const SIBLINGS: Company[] = [
  { ruc: '20133497049', registered: '10/01/2015' },
  { ruc: '20179077893', registered: '10/01/2015', dni: '44556677' },
];

describeEachEngine('SHELL_COMPANY', (engine) => {
  it('fires on a young company at a shared address with a shared officer that buys kilograms of gold', async () => {
    const db = await engine.openMigrated();
    await load(db, [{ ruc: '20104517758', registered: '01/06/2023' }, ...SIBLINGS], 2000);
    const alerts = await shellCompanyDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['PE:RUC:20104517758', 'PE:DNI:13053468']);
    assert.equal(alert?.figures.markers, 3);
    assert.equal(alert?.severity, 'low');
    assert.match(
      alert?.explanation.es ?? '',
      /inscrita el 2023-06-01, poco antes de su primera operación con oro \(2024-03-15\); domicilio \(JR\. AYACUCHO 642 INT\. 268\) compartido por 3 empresas; dueño o representante común .*PE:DNI:13053468.* compró o exportó 2 kg de oro fino/,
    );
    assert.deepEqual(
      alert?.evidence.map((item) => [item.file, item.row]),
      [['PE-PADRON-RUC.csv', 2]],
    );
  });

  it('stays silent on an old company with the same address and officer: two markers are not enough', async () => {
    const db = await engine.openMigrated();
    await load(db, [{ ruc: '20104517758', registered: '01/06/2015' }, ...SIBLINGS], 2000);
    assert.deepEqual(await shellCompanyDetector.run(db, SETTINGS), []);
  });

  it('counts a company the tax office could not locate, which makes four markers and a medium alert', async () => {
    const db = await engine.openMigrated();
    await load(
      db,
      [{ ruc: '20104517758', registered: '01/06/2023', condition: 'NO HABIDO' }, ...SIBLINGS],
      2000,
    );
    const [alert] = await shellCompanyDetector.run(db, SETTINGS);
    assert.equal(alert?.figures.markers, 4);
    assert.equal(alert?.severity, 'medium');
    assert.match(alert?.explanation.en ?? '', /not located at its address/);
  });

  it('counts an officer fronting three companies as a nominee, a marker of its own', async () => {
    const db = await engine.openMigrated();
    const fronted = SIBLINGS.map((company) => ({ ...company, dni: '13053468' }));
    await load(db, [{ ruc: '20104517758', registered: '01/06/2023' }, ...fronted], 2000);
    const [alert] = await shellCompanyDetector.run(db, SETTINGS);
    assert.equal(alert?.figures.markers, 4);
    assert.match(alert?.explanation.en ?? '', /fronts many other companies, as a nominee does/);
  });

  it('respects the minimum gold traded: just under USD 100,000 is silent, just over fires', async () => {
    // USD 100,000 at USD 2,000 an ounce is 50 oz, 1,555.17 g of fine gold.
    const under = await engine.openMigrated();
    await load(under, [{ ruc: '20104517758', registered: '01/06/2023' }, ...SIBLINGS], 1555);
    assert.deepEqual(await shellCompanyDetector.run(under, SETTINGS), []);
    const over = await engine.openMigrated();
    await load(over, [{ ruc: '20104517758', registered: '01/06/2023' }, ...SIBLINGS], 1556);
    assert.equal((await shellCompanyDetector.run(over, SETTINGS)).length, 1);
  });
});
