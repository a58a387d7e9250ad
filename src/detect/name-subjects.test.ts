import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nameSubjects, namedText } from './name-subjects.js';

const RUC = 'PE:RUC:20100000017';
const NAMES = new Map([
  [RUC, 'Minera Ñuñoa S.A.C.'],
  ['PE:MR:1', 'LA ESPERANZA'],
]);

describe('naming subjects in alert texts', () => {
  it('writes each subject as its name with the id beside it, in both languages, title and explanation', () => {
    const alert = nameSubjects(
      {
        subjects: [RUC, 'PE:MR:1'],
        title: { es: `${RUC} recibió 5,19 veces su cupo`, en: `${RUC} received 5.19 times its quota` },
        explanation: {
          es: `En 2024-03, ${RUC} recibió para el derecho PE:MR:1 12 kg de mercurio.`,
          en: `In 2024-03, ${RUC} received for right PE:MR:1 12 kg of mercury.`,
        },
      },
      NAMES,
    );
    assert.deepEqual(alert, {
      subjects: [RUC, 'PE:MR:1'],
      title: {
        es: 'Minera Ñuñoa S.A.C. (PE:RUC:20100000017) recibió 5,19 veces su cupo',
        en: 'Minera Ñuñoa S.A.C. (PE:RUC:20100000017) received 5.19 times its quota',
      },
      explanation: {
        es: 'En 2024-03, Minera Ñuñoa S.A.C. (PE:RUC:20100000017) recibió para el derecho LA ESPERANZA (PE:MR:1) 12 kg de mercurio.',
        en: 'In 2024-03, Minera Ñuñoa S.A.C. (PE:RUC:20100000017) received for right LA ESPERANZA (PE:MR:1) 12 kg of mercury.',
      },
    });
  });

  it('names only the alert’s own subjects, and leaves a subject with no name as it is', () => {
    const alert = nameSubjects(
      {
        subjects: ['PE:RUC:10412345679', 'PE:MR:1'],
        title: { es: `PE:RUC:10412345679 y ${RUC}`, en: `PE:RUC:10412345679 and ${RUC}` },
        explanation: { es: 'PE, PE:MR:1', en: 'PE, PE:MR:1' },
      },
      NAMES,
    );
    assert.deepEqual(alert.title, { es: `PE:RUC:10412345679 y ${RUC}`, en: `PE:RUC:10412345679 and ${RUC}` });
    assert.deepEqual(alert.explanation, {
      es: 'PE, LA ESPERANZA (PE:MR:1)',
      en: 'PE, LA ESPERANZA (PE:MR:1)',
    });
  });

  it('touches no id inside a longer one, and names one a sentence goes on from', () => {
    assert.equal(
      namedText('PE:MR:12, XPE:MR:1, PE:MR:1-B, PE:MR:1/2 and PE:MR:1.5 are other rights', NAMES),
      'PE:MR:12, XPE:MR:1, PE:MR:1-B, PE:MR:1/2 and PE:MR:1.5 are other rights',
    );
    assert.equal(
      namedText("Sold from PE:MR:1. PE:MR:1: idle; PE:MR:1’s and PE:MR:1's output (PE:MR:1)", NAMES),
      "Sold from LA ESPERANZA (PE:MR:1). LA ESPERANZA (PE:MR:1): idle; LA ESPERANZA (PE:MR:1)’s and LA ESPERANZA (PE:MR:1)'s output (LA ESPERANZA (PE:MR:1))",
    );
  });

  it('does not name twice a subject a detector already wrote beside its name', () => {
    for (const written of [
      `Minera Ñuñoa S.A.C. (${RUC}) exportó`,
      `MINERA ÑUÑOA S.A.C. (${RUC}) exportó`,
      `${RUC} (Minera Ñuñoa S.A.C.) exportó`,
      `Minera Ñuñoa S.A.C., ${RUC}, exportó`,
      `${RUC}: Minera Ñuñoa S.A.C.`,
    ])
      assert.equal(namedText(written, NAMES), written);
    assert.equal(
      namedText(`Minera Ñuñoa S.A.C. (${RUC}) compró a ${RUC}`, NAMES),
      `Minera Ñuñoa S.A.C. (${RUC}) compró a Minera Ñuñoa S.A.C. (${RUC})`,
    );
  });

  it('leaves the alert as it is when none of its subjects has a name', () => {
    const alert = {
      subjects: ['CO', 'PE'],
      title: { es: 'CO → PE', en: 'CO → PE' },
      explanation: { es: 'CO, PE', en: 'CO, PE' },
    };
    assert.equal(nameSubjects(alert, NAMES), alert);
  });
});
