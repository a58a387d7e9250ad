import type { TFunction } from 'i18next';
import type { SharingClause } from '../../api/federation';

/** An agreement's clause for a record type as a sentence: what reaches this node, and in what form. */
export function clauseInWords(clause: SharingClause | undefined, t: TFunction): string {
  if (clause === undefined || clause === 'none') return t('nodes.clause.none');
  if (clause === 'full') return t('nodes.clause.full');
  if (clause === 'pseudonymised') return t('nodes.clause.pseudonymised');
  const persons = (fields: readonly string[] | undefined): string =>
    fields === undefined ? '' : ` ${t('nodes.clause.pseudonymisedFields', { fields: fields.join(', ') })}`;
  if ('fields' in clause)
    return t('nodes.clause.fields', { fields: clause.fields.join(', ') }) + persons(clause.pseudonymised);
  const { by, measures, minCount, pseudonymised } = clause.aggregate;
  const totals = t('nodes.clause.aggregate', {
    measures: measures.join(', '),
    by: by.length > 0 ? by.join(', ') : t('nodes.clause.nothingElse'),
  });
  const suppressed =
    minCount !== undefined && minCount > 1 ? ` ${t('nodes.clause.minCount', { count: minCount })}` : '';
  return totals + suppressed + persons(pseudonymised);
}
