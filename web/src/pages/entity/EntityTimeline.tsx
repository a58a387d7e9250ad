import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getTimeline } from '../../api/entities';
import type { TimelineEvent } from '../../api/types-entities';
import { EChart } from '../../charts/EChart';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useResource } from '../../hooks/useResource';

const COLOURS: Record<string, string> = {
  PRODUCTION: '#1d3f6e',
  PURCHASE: '#c9a227',
  SALE: '#e4b83a',
  EXPORT: '#3b7bbf',
  IMPORT: '#6941c6',
};

/**
 * Kilograms by month for each kind of event: fine gold where the record states it, else the mass it
 * declares (Colombian exports, for one, are declared as gross doré).
 */
function monthly(events: readonly TimelineEvent[]) {
  const months = [...new Set(events.map((event) => event.date.slice(0, 7)))].sort();
  const kinds = [...new Set(events.map((event) => event.kind))].sort();
  const values = kinds.map((kind) =>
    months.map((month) =>
      events
        .filter((event) => event.kind === kind && event.date.startsWith(month))
        .reduce((sum, event) => sum + (event.fineKg ?? event.massKg ?? 0), 0),
    ),
  );
  return { months, kinds, values };
}

/** The entity's declarations, purchases and exports over time, in kilograms. */
export function EntityTimeline({ entityId }: { entityId: string }) {
  const { t } = useTranslation();
  const { data, error, loading } = useResource(
    (signal) => getTimeline(entityId, signal),
    `timeline-${entityId}`,
  );
  const option = useMemo(() => {
    const { months, kinds, values } = monthly(data ?? []);
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 24, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', name: 'kg' },
      series: kinds.map((kind, index) => ({
        name: t(`timeline.${kind}`, kind),
        type: 'bar',
        stack: kind === 'EXPORT' || kind === 'SALE' ? 'out' : 'in',
        itemStyle: { color: COLOURS[kind] ?? '#98a2b3' },
        data: values[index],
      })),
    };
  }, [data, t]);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  if (!data || data.length === 0) return <p className="muted">{t('entity.noTimeline')}</p>;
  return <EChart option={option} label={t('entity.timelineLabel')} height={260} />;
}
