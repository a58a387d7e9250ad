import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RightDetail } from '../../api/types-geo';
import { useLanguage } from '../../app/useLanguage';
import { formatDate, formatNumber } from '../../format/format';

/** What the cadastre says of a right: code, holders, kind, area, dates, capacity, provenance. */
export function RightFacts({ right }: { right: RightDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <dl className="meta">
      <div>
        <dt>{t('right.code')}</dt>
        <dd className="code">{right.id}</dd>
      </div>
      <div>
        <dt>{t('right.holder')}</dt>
        <dd>
          {right.holders.length === 0
            ? '—'
            : right.holders.map((holder, index) => (
                <span key={holder.id}>
                  {index > 0 && ', '}
                  {holder.entity ? (
                    <Link to={`/entities/${encodeURIComponent(holder.entity)}`}>
                      {holder.name ?? holder.id}
                    </Link>
                  ) : (
                    (holder.name ?? holder.id)
                  )}
                </span>
              ))}
        </dd>
      </div>
      {right.hectares !== null && (
        <div>
          <dt>{t('right.area')}</dt>
          <dd>{formatNumber(right.hectares, language, 1)} ha</dd>
        </div>
      )}
      {right.capacity && (
        <div>
          <dt>{t('right.capacity')}</dt>
          <dd>
            {formatNumber(right.capacity.value, language, 2)} {right.capacity.unit} / {right.capacity.period}
          </dd>
        </div>
      )}
      {right.grantedOn && (
        <div>
          <dt>{t('right.granted')}</dt>
          <dd>{formatDate(right.grantedOn, language)}</dd>
        </div>
      )}
      <div>
        <dt>{t('entity.provenance')}</dt>
        <dd>
          <Link to={`/data?file=${encodeURIComponent(right.file)}`}>{right.file}</Link>
          {` · ${t('alert.row')} ${formatNumber(right.row, language)}`}
        </dd>
      </div>
    </dl>
  );
}
