import type { TFunction } from 'i18next';
import type { SharingClause } from '../../api/federation';

/** An agreement's clause for a record type as a sentence: what reaches this node, and in what form. */
export function clauseInWords(clause: SharingClause | undefined, t: TFunction): string {
  if (clause === undefined || clause === 'none') return t('nodes.clause.none');
  if (clause === 'full') return t('nodes.clause.full');
  if (clause === 'pseudonymised') return t('nodes.clause.pseudonymised');
  if ('fields' in clause) return t('nodes.clause.fields', { fields: clause.fields.join(', ') });
  const { by, measures, minCount } = clause.aggregate;
  const totals = t('nodes.clause.aggregate', {
    measures: measures.join(', '),
    by: by.length > 0 ? by.join(', ') : t('nodes.clause.nothingElse'),
  });
  return minCount !== undefined && minCount > 1
    ? `${totals} ${t('nodes.clause.minCount', { count: minCount })}`
    : totals;
}
