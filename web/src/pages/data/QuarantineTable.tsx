import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listQuarantine } from '../../api/data';
import { useLanguage } from '../../app/useLanguage';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Pagination } from '../../components/Pagination';
import { formatNumber } from '../../format/format';
import { useResource } from '../../hooks/useResource';
import { Field } from '../../components/Field';

const PAGE = 15;

/** Rejected rows with the reason each was refused, optionally of one batch. */
export function QuarantineTable({ batch, onClearBatch }: { batch: string; onClearBatch: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [offset, setOffset] = useState(0);
  const [code, setCode] = useState('');
  const { data, error, loading, reload } = useResource(
    (signal) =>
      listQuarantine({ batch: batch || undefined, code: code || undefined, limit: PAGE, offset }, signal),
    `quarantine-${batch}-${code}-${offset}`,
  );
  return (
    <>
      <div className="controls">
        <Field label={t('data.reasonCode')} className="field--inline">
          {(id) => (
            <input
              id={id}
              value={code}
              onChange={(event) => setCode(event.target.value.toUpperCase())}
              placeholder="RUC_CHECK_DIGIT"
            />
          )}
        </Field>
        {batch && (
          <button type="button" className="button button--small" onClick={onClearBatch}>
            {t('data.allBatches')} ({t('data.batch')} {batch} ✕)
          </button>
        )}
      </div>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={reload} />}
      {data && data.items.length === 0 && <p className="muted">{t('data.noQuarantine')}</p>}
      {data && data.items.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="table table--compact">
              <caption className="visually-hidden">{t('data.quarantine')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('data.fileRow')}</th>
                  <th scope="col">{t('data.column')}</th>
                  <th scope="col">{t('data.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((row) => (
                  <tr key={row.id}>
                    <td>
                      <div className="code small">{row.file}</div>
                      <div className="muted small">
                        {t('alert.row')} {formatNumber(row.row, language)}
                      </div>
                    </td>
                    <td className="code small">{row.column ?? '—'}</td>
                    <td>
                      <span className="code small">{row.code}</span>
                      <div>{row.message}</div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination total={data.total} limit={PAGE} offset={offset} onChange={setOffset} />
        </>
      )}
    </>
  );
}
