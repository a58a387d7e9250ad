import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listBatches } from '../../api/data';
import { useLanguage } from '../../app/useLanguage';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Pagination } from '../../components/Pagination';
import { formatDateTime, formatNumber } from '../../format/format';
import { useResource } from '../../hooks/useResource';

const PAGE = 15;

/** Ingest batches, newest first; a file named in the address is highlighted. */
export function BatchesTable({
  highlightFile,
  refreshKey,
  onShowQuarantine,
}: {
  highlightFile: string | null;
  refreshKey: number;
  onShowQuarantine: (batch: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [offset, setOffset] = useState(0);
  const { data, error, loading, reload } = useResource(
    (signal) => listBatches(PAGE, offset, signal),
    `batches-${offset}-${refreshKey}`,
  );
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (!data) return null;
  return (
    <>
      <div className="table-wrap">
        <table className="table table--compact">
          <caption className="visually-hidden">{t('data.batches')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('data.file')}</th>
              <th scope="col">{t('data.status')}</th>
              <th scope="col" className="num">
                {t('data.rowsRead')}
              </th>
              <th scope="col" className="num">
                {t('data.rowsRejected')}
              </th>
              <th scope="col" className="hide-narrow">
                {t('data.started')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((batch) => (
              <tr key={batch.id} className={highlightFile === batch.file.name ? 'is-highlighted' : undefined}>
                <td>
                  <div className="code small">{batch.file.name}</div>
                  <div className="muted small">
                    {[
                      batch.file.name.startsWith(batch.layout) ? null : batch.layout,
                      batch.country ? t(`countries.${batch.country}`, batch.country) : null,
                    ]
                      .filter((part) => part !== null)
                      .join(' · ')}
                  </div>
                  {batch.error && <div className="form-error small">{batch.error.message}</div>}
                </td>
                <td>
                  <span className={`status status--${batch.status}`}>
                    {t(`batchStatus.${batch.status}`, batch.status)}
                  </span>
                </td>
                <td className="num">{formatNumber(batch.rowsRead, language)}</td>
                <td className="num">
                  {batch.rowsRejected > 0 ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onShowQuarantine(String(batch.id))}
                    >
                      {formatNumber(batch.rowsRejected, language)}
                    </button>
                  ) : (
                    '0'
                  )}
                </td>
                <td className="hide-narrow nowrap">{formatDateTime(batch.startedAt, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination total={data.total} limit={PAGE} offset={offset} onChange={setOffset} />
    </>
  );
}
