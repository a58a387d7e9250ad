import type { AlertToStore } from '../alerts/alert-repository.js';

/**
 * A month's alert on a trader and its right, of medium severity unless `more` says otherwise: the
 * id names it, the title says the id in both languages. `days` is the month's last day (28 unless given).
 */
export function monthlyAlert(
  id: string,
  month: string,
  more: Partial<AlertToStore> & { days?: number } = {},
): AlertToStore {
  const { days = 28, ...rest } = more;
  return {
    id,
    typology: 'INPUT_QUOTA_EXCEEDED',
    severity: 'medium',
    score: 0.5,
    country: 'PE',
    period: { start: `${month}-01`, end: `${month}-${String(days)}` },
    subjects: ['PE:RUC:20100000017', 'PE:MR:010000001'],
    title: { es: `Cupo ${id}`, en: `Quota ${id}` },
    explanation: { es: `Explicación ${id}`, en: `Explanation ${id}` },
    figures: {},
    evidence: [],
    detectorVersion: 'test',
    qualifier: '',
    ...rest,
  };
}
