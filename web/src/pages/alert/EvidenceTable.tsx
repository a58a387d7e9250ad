import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Evidence } from '../../api/types';
import { useLanguage } from '../../app/useLanguage';
import { humanise } from '../../format/figureName';
import { formatNumber } from '../../format/format';

function valueText(value: unknown, language: 'es' | 'en'): string {
  if (typeof value === 'number') return formatNumber(value, language, 2);
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The records an alert rests on: each names its source file and row, and links to the file's batches. */
export function EvidenceTable({ evidence }: { evidence: Evidence[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (evidence.length === 0) return <p className="muted">{t('alert.noEvidence')}</p>;
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption className="visually-hidden">{t('alert.evidence')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('alert.source')}</th>
            <th scope="col">{t('alert.fileRow')}</th>
            <th scope="col">{t('alert.record')}</th>
            <th scope="col">{t('alert.values')}</th>
          </tr>
        </thead>
        <tbody>
          {evidence.map((item, index) => {
            const record = item.recordId;
            return (
              <tr key={`${item.layout}-${record}-${index}`}>
                <td>
                  <span className="code">{item.layout}</span>
                  {/* Detectors name a record's part in English; unknown roles show as written. */}
                  <div className="muted small">
                    {t(`evidenceRole.${item.role}`, { defaultValue: item.role })}
                  </div>
                  {item.origin && (
                    <div className="small">
                      {t('alert.sharedBy', {
                        node: item.origin.node,
                        agreement: item.origin.agreement,
                        version: item.origin.version,
                        form: t(`alert.sharedForm.${item.origin.form}`),
                      })}
                      {item.origin.form !== 'full' && (
                        <div className="muted">{t('alert.heldBy', { node: item.origin.node })}</div>
                      )}
                    </div>
                  )}
                </td>
                <td>
                  {item.file !== undefined && item.row !== undefined ? (
                    <>
                      <Link to={`/data?file=${encodeURIComponent(item.file)}`} title={t('alert.openFile')}>
                        {item.file}
                      </Link>
                      <div className="muted small">
                        {t('alert.row')} {formatNumber(item.row, language)}
                      </div>
                    </>
                  ) : (
                    // A monthly total another node shared has no file here: the node holds the records.
                    <span className="muted small">{t('alert.sharedTotal')}</span>
                  )}
                </td>
                <td className="code">{record}</td>
                <td>
                  <dl className="kv kv--inline">
                    {Object.entries(item.values).map(([key, value]) => (
                      <div key={key}>
                        <dt>{t(`figures.${key}`, humanise(key))}</dt>
                        <dd>{valueText(value, language)}</dd>
                      </div>
                    ))}
                  </dl>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
