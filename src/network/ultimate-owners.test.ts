import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachEngine } from '../store/testing/engines.js';
import { loadLayout } from '../detect/testing/load-layout.js';
import { ultimateOwners } from './ultimate-owners.js';

const A = '900000001';
const B = '900000002';

/** One CO-RUB row: `owner` (a CC or a NIT) holds `percent` of `company`, optionally through `via`. */
function holding(
  company: string,
  kind: string,
  owner: string,
  name: string,
  percent: string,
  via = '',
): string {
  return `${company};${kind};${owner};${name};COLOMBIA;${kind === 'CC' ? '20/07/1979' : ''};${percent};TITULARIDAD;${via};10/03/2011`;
}

describeEachEngine('ultimate owners', (engine) => {
  it('multiplies shares along a chain, sums them over chains, and reports a loop instead of following it', async () => {
    const db = await engine.openMigrated();
    await loadLayout(
      db,
      'CO-RUB',
      [
        holding(A, 'NIT', B, 'INVERSIONES EL DORADO S.A.S.', '60'),
        holding(A, 'CC', '1010', 'RAMÍREZ MENDOZA INÉS', '10'),
        holding(B, 'CC', '1010', 'RAMÍREZ MENDOZA INÉS', '50'),
        holding(B, 'NIT', A, 'COMERCIALIZADORA ANDINA S.A.S.', '50'),
      ],
      { encoding: 'latin1' },
    );
    const report = await ultimateOwners(db, `CO:NIT:${A}`);
    assert.equal(report.owners.length, 1);
    const [ines] = report.owners;
    assert.equal(ines?.party, 'CO:CC:1010');
    // 60 % of 50 % through B, plus 10 % held directly.
    assert.equal(Number(ines?.effectiveShare?.toFixed(6)), 0.4);
    assert.deepEqual(
      ines?.chains.map((chain) => [chain.path, Number(chain.share?.toFixed(6)), chain.depth]),
      [
        [[`CO:NIT:${A}`, 'CO:CC:1010'], 0.1, 1],
        [[`CO:NIT:${A}`, `CO:NIT:${B}`, 'CO:CC:1010'], 0.3, 2],
      ],
    );
    assert.deepEqual(
      report.loops.map((loop) => loop.path),
      [[`CO:NIT:${A}`, `CO:NIT:${B}`, `CO:NIT:${A}`]],
    );
    assert.equal(report.depth, 2);
    assert.ok(ines?.chains[1]?.links.every((link) => link.file === 'CO-RUB.csv' && link.row >= 2));
  });

  it('takes a declared indirect holding as stated, unless the chain it names is followed link by link', async () => {
    const db = await engine.openMigrated();
    await loadLayout(
      db,
      'CO-RUB',
      [
        holding(A, 'CC', '2020', 'QUISPE MAMANI JUAN', '35', B),
        holding(A, 'CC', '3030', 'TORRES OSORIO JESÚS', '20'),
      ],
      { encoding: 'latin1' },
    );
    const report = await ultimateOwners(db, `CO:NIT:${A}`);
    assert.deepEqual(
      report.owners.map((owner) => [owner.party, owner.effectiveShare, owner.chains[0]?.declared]),
      [
        ['CO:CC:2020', 0.35, true],
        ['CO:CC:3030', 0.2, false],
      ],
    );
  });

  it('names a company on a chain whose owners no register declares', async () => {
    const db = await engine.openMigrated();
    await loadLayout(db, 'CO-RUB', [holding(A, 'NIT', B, 'INVERSIONES EL DORADO S.A.S.', '100')], {
      encoding: 'latin1',
    });
    const report = await ultimateOwners(db, `CO:NIT:${A}`);
    assert.deepEqual(report.owners, []);
    assert.deepEqual(report.undeclaredAbove, [`CO:NIT:${B}`]);
  });

  it('follows only the register entries within the scope', async () => {
    const db = await engine.openMigrated();
    await loadLayout(db, 'CO-RUB', [holding(A, 'CC', '1010', 'RAMÍREZ MENDOZA INÉS', '100')], {
      encoding: 'latin1',
    });
    const colombia = await ultimateOwners(db, `CO:NIT:${A}`, 20, { countries: ['CO'], agency: null });
    assert.deepEqual(
      colombia.owners.map((owner) => [owner.party, owner.name]),
      [['CO:CC:1010', 'RAMÍREZ MENDOZA INÉS']],
    );
    const peru = await ultimateOwners(db, `CO:NIT:${A}`, 20, { countries: ['PE'], agency: null });
    assert.deepEqual(peru.owners, []);
    assert.equal(peru.depth, 0);
  });
});
