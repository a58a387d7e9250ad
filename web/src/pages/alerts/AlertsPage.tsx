import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { listAlerts, listTypologies } from '../../api/alerts';
import { useAuth } from '../../auth/AuthContext';
import { useLanguage } from '../../app/useLanguage';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Pagination } from '../../components/Pagination';
import { formatNumber } from '../../format/format';
import { useResource } from '../../hooks/useResource';
import { AlertFilters, type FilterValues } from './AlertFilters';
import { AlertTable } from './AlertTable';

const PAGE = 25;
const KEYS = ['status', 'severity', 'typology', 'country', 'subject', 'q', 'sort'] as const;
const EACH_ALERT = 'alert';

function filtersFrom(params: URLSearchParams): FilterValues {
  const get = (name: (typeof KEYS)[number]) => params.get(name) ?? '';
  return {
    status: get('status'),
    severity: get('severity'),
    typology: get('typology'),
    country: get('country'),
    subject: get('subject'),
    q: get('q'),
    sort: get('sort'),
  };
}

/** The alert queue: filters in the URL (so a filtered queue can be shared), the table, pages. */
export function AlertsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const values = filtersFrom(params);
  const offset = Number(params.get('offset') ?? 0) || 0;
  const each = params.get('each') === EACH_ALERT ? EACH_ALERT : '';
  const key = params.toString();
  const alerts = useResource(
    (signal) => listAlerts({ ...values, ...(each ? { each } : {}), limit: PAGE, offset }, signal),
    `alerts?${key}`,
  );
  const typologies = useResource(listTypologies, 'typologies');

  function update(next: FilterValues, nextOffset = 0, nextEach = each) {
    const search = new URLSearchParams();
    for (const name of KEYS) if (next[name] !== '') search.set(name, next[name]);
    if (nextEach) search.set('each', nextEach);
    if (nextOffset > 0) search.set('offset', String(nextOffset));
    setParams(search);
  }

  return (
    <>
      <header className="page__head">
        <h1>{t('alerts.title')}</h1>
        {alerts.data && (
          <p className="muted" aria-live="polite">
            {t(each ? 'alerts.count' : 'alerts.episodeCount', {
              count: alerts.data.total,
              formatted: formatNumber(alerts.data.total, language),
            })}
          </p>
        )}
      </header>
      <AlertFilters
        key={values.q}
        values={values}
        typologies={typologies.data ?? []}
        countries={me?.countries ?? 'ALL'}
        onChange={(next) => update(next)}
      />
      <label className="toggle">
        <input
          type="checkbox"
          checked={each === EACH_ALERT}
          onChange={(event) => update(values, 0, event.target.checked ? EACH_ALERT : '')}
        />{' '}
        {t('alerts.eachAlert')}
      </label>
      {alerts.loading && !alerts.data && <Loading />}
      {alerts.error && <ErrorMessage error={alerts.error} onRetry={alerts.reload} />}
      {alerts.data && (
        <div className="card card--flush">
          {alerts.data.items.length === 0 ? (
            <p className="empty">{t('alerts.none')}</p>
          ) : (
            <AlertTable alerts={alerts.data.items} eachAlert={each === EACH_ALERT} />
          )}
          <Pagination
            total={alerts.data.total}
            limit={PAGE}
            offset={offset}
            onChange={(next) => update(values, next)}
          />
        </div>
      )}
    </>
  );
}
