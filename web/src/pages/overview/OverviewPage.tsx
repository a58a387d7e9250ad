import { useTranslation } from 'react-i18next';
import { getOverview } from '../../api/alerts';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useResource } from '../../hooks/useResource';
import { KeyFigures } from './KeyFigures';
import { ReconciliationChart } from './ReconciliationChart';
import { RegionMap } from './RegionMap';
import { RiskTable } from './RiskTable';
import { TypologyBars } from './TypologyBars';

/** The overview: key figures, the region map, the reconciliation and the riskiest subjects. */
export function OverviewPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useResource(getOverview, 'overview');
  return (
    <>
      <header className="page__head">
        <h1>{t('overview.title')}</h1>
        <p className="muted">{t('overview.subtitle')}</p>
      </header>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={reload} />}
      {data && <KeyFigures overview={data} />}
      <div className="grid grid--map">
        <RegionMap />
        {data && <TypologyBars overview={data} />}
      </div>
      <ReconciliationChart />
      <div className="grid grid--2">
        <RiskTable kind="entity" title={t('overview.riskiestEntities')} />
        <RiskTable kind="corridor" title={t('overview.riskiestCorridors')} />
      </div>
    </>
  );
}
