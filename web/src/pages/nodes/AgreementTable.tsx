import { useTranslation } from 'react-i18next';
import type { HeldAgreement, PeerNode } from '../../api/federation';
import { useLanguage } from '../../app/useLanguage';
import { formatNumber } from '../../format/format';
import { clauseInWords } from './clauseInWords';

type RecordType = PeerNode['received'][number]['recordType'];

/**
 * One row per record type the agreement names or the node sent: the clause in words, what this
 * node holds of it, and what the sender says its last share sent and kept back, and why.
 */
export function AgreementTable({ held, node }: { held: HeldAgreement; node: PeerNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { records } = held.agreement;
  const tallies = held.lastReport?.tallies ?? [];
  const types = [
    ...new Set<RecordType>([
      ...(Object.keys(records) as RecordType[]),
      ...tallies.map((tally) => tally.recordType),
    ]),
  ];
  const number = (value: number) => formatNumber(value, language);
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">
          {t('nodes.tableCaption', { agreement: held.agreement.id, node: node.nodeId })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('nodes.recordType')}</th>
            <th scope="col">{t('nodes.clauseHeading')}</th>
            <th scope="col">{t('nodes.held')}</th>
            <th scope="col">{t('nodes.sent')}</th>
            <th scope="col">{t('nodes.withheld')}</th>
          </tr>
        </thead>
        <tbody>
          {types.map((recordType) => {
            const received = node.received.find((entry) => entry.recordType === recordType);
            const totals = node.totals.find((entry) => entry.recordType === recordType);
            const tally = tallies.find((entry) => entry.recordType === recordType);
            return (
              <tr key={recordType}>
                <th scope="row">{t(`recordTypes.${recordType}`)}</th>
                <td>{clauseInWords(records[recordType], t)}</td>
                <td>
                  {totals
                    ? t('nodes.totalsHeld', { cells: number(totals.cells), records: number(totals.records) })
                    : t('nodes.recordsHeld', { records: number(received?.records ?? 0) })}
                </td>
                <td>{tally ? number(tally.sent) : '—'}</td>
                <td>
                  {tally ? number(tally.withheld) : '—'}
                  {tally?.reason && <span className="muted small nodes__line">{tally.reason}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
