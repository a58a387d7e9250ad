import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Overview } from '../../api/types';
import { useLanguage } from '../../app/useLanguage';
import { formatNumber, pick } from '../../format/format';
import { Section } from '../../components/Section';

const SHOWN = 12;

/** Open alerts by typology as a ranked bar list; each bar opens the filtered queue. */
export function TypologyBars({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const all = [...overview.byTypology].sort((a, b) => b.alerts - a.alerts);
  const rows = all.slice(0, SHOWN);
  const top = rows[0]?.alerts ?? 1;
  return (
    <Section title={t('overview.byTypology')}>
      {rows.length === 0 ? (
        <p className="muted">{t('overview.noOpenAlerts')}</p>
      ) : (
        <ul className="bars">
          {rows.map((row) => (
            <li key={row.typology}>
              <Link to={`/alerts?status=unresolved&typology=${row.typology}`} className="bars__row">
                <span className="bars__label">{pick(row.typologyName, language) || row.typology}</span>
                <span className="bars__track" aria-hidden="true">
                  <span className="bars__fill" style={{ width: `${(row.alerts / top) * 100}%` }} />
                </span>
                <span className="bars__value">{formatNumber(row.alerts, language)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {all.length > rows.length && (
        <p className="small">
          <Link to="/alerts">{t('overview.allTypologies', { count: all.length })}</Link>
        </p>
      )}
    </Section>
  );
}
