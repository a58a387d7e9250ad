import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachEngine } from '../store/testing/engines.js';
import { subjectNames } from './subject-names.js';
import { loadNamedSubjects, NAMED, resolveAs } from './testing/named-subjects.js';

const { company, holder, right } = NAMED;

describeEachEngine('the names alerts give their subjects', (engine) => {
  it('before any resolution, takes each record’s own name as written; none for countries or unknown ids', async () => {
    const db = await engine.openMigrated();
    await loadNamedSubjects(db);
    const names = await subjectNames(db, [company, holder, right, 'PE', 'PE:RUC:20999999998', company]);
    assert.deepEqual([...names].sort(), [
      [right, 'LA ESPERANZA Nº 2'],
      [holder, 'Peña Quispe Juan'],
      [company, 'Minera Ñuñoa S.A.C.'],
    ]);
  });

  it('takes the resolved entity’s name for an id among its members', async () => {
    const db = await engine.openMigrated();
    await loadNamedSubjects(db);
    await resolveAs(db, 'PE-PADRON-RUC', company, 'Compañía Minera Ñuñoa S.A.C.');
    const names = await subjectNames(db, [company, holder]);
    assert.equal(names.get(company), 'Compañía Minera Ñuñoa S.A.C.');
    assert.equal(names.get(holder), 'Peña Quispe Juan');
  });

  it('asks nothing for no ids', async () => {
    const db = await engine.openMigrated();
    assert.equal((await subjectNames(db, [])).size, 0);
  });
});
