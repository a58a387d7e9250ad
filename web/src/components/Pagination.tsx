import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/useLanguage';
import { formatNumber } from '../format/format';

/** Previous and next buttons with "1–50 of 312". */
export function Pagination({
  total,
  limit,
  offset,
  onChange,
}: {
  total: number;
  limit: number;
  offset: number;
  onChange: (offset: number) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + limit, total);
  return (
    <nav className="pagination" aria-label={t('common.pagination')}>
      <span aria-live="polite">
        {t('common.range', {
          first: formatNumber(first, language),
          last: formatNumber(last, language),
          total: formatNumber(total, language),
        })}
      </span>
      <button
        type="button"
        className="button button--small"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        {t('common.previous')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={offset + limit >= total}
        onClick={() => onChange(offset + limit)}
      >
        {t('common.next')}
      </button>
    </nav>
  );
}
