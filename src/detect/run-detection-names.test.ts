import { it } from 'node:test';
import assert from 'node:assert/strict';
import { alertRepository } from '../store/alerts/alert-repository.js';
import type { Database } from '../store/engine/database.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { alertId } from './alert.js';
import { builtinCatalogue } from './catalogue/catalogue.js';
import { runDetection } from './run-detection.js';
import { loadLayout } from './testing/load-layout.js';
import { loadNamedSubjects, NAMED, resolveAs } from './testing/named-subjects.js';

const { holder, right } = NAMED;

/** The right's holder receives 12 kg of mercury in a month for the right, against a 10 kg quota. */
async function overQuota(db: Database): Promise<void> {
  await loadNamedSubjects(db);
  await loadLayout(db, 'PE-BIENES-FISCALIZADOS', [
    '04/03/2024;10412345679;MERCURIO;7;KG;650001122;MADRE DE DIOS;10',
    '18/03/2024;10412345679;MERCURIO;5;KG;650001122;MADRE DE DIOS;10',
  ]);
}

async function detect(db: Database) {
  await runDetection(db, { catalogue: builtinCatalogue(), only: ['INPUT_QUOTA_EXCEEDED'] });
  return alertRepository.list(db, { typology: 'INPUT_QUOTA_EXCEEDED' });
}

describeEachEngine('alerts name their subjects', (engine) => {
  it('by their records’ names before resolution, by the entity’s after, under the same alert id', async () => {
    const db = await engine.openMigrated();
    await overQuota(db);
    const id = alertId('INPUT_QUOTA_EXCEEDED', [holder, right], { start: '2024-03-01', end: '2024-03-31' });

    const [before, ...none] = await detect(db);
    assert.equal(none.length, 0);
    assert.equal(before?.id, id);
    assert.deepEqual(before?.subjects, [holder, right]);
    assert.deepEqual(before?.title, {
      es: 'Peña Quispe Juan (PE:RUC:10412345679) recibió 1,2 veces su cupo mensual de mercurio en 2024-03',
      en: 'Peña Quispe Juan (PE:RUC:10412345679) received 1.2 times its monthly mercury quota in 2024-03',
    });
    assert.match(
      before?.explanation.es ?? '',
      /^En 2024-03, Peña Quispe Juan \(PE:RUC:10412345679\) recibió para el derecho LA ESPERANZA Nº 2 \(PE:MR:650001122\) /,
    );
    assert.match(
      before?.explanation.en ?? '',
      /^In 2024-03, Peña Quispe Juan \(PE:RUC:10412345679\) received for right LA ESPERANZA Nº 2 \(PE:MR:650001122\) /,
    );

    await resolveAs(db, 'PE-CATASTRO', holder, 'Juan Peña Quispe');
    const [after, ...still] = await detect(db);
    assert.equal(still.length, 0);
    assert.equal(after?.id, id);
    assert.equal(
      after?.title.es,
      'Juan Peña Quispe (PE:RUC:10412345679) recibió 1,2 veces su cupo mensual de mercurio en 2024-03',
    );
    assert.match(
      after?.explanation.en ?? '',
      /^In 2024-03, Juan Peña Quispe \(PE:RUC:10412345679\) received/,
    );
  });
});
