import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RightMonth } from '../../api/types-geo';
import { useLanguage } from '../../app/useLanguage';
import { EChart } from '../../charts/EChart';
import { formatNumber } from '../../format/format';

/** Declared production, purchases naming the right as origin, and capacity, month by month. */
export function RightChart({ months }: { months: RightMonth[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const option = useMemo(
    () => ({
      color: ['#1d3f6e', '#c9a227', '#b42318'],
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: number | null) => (value === null ? '—' : formatNumber(value, language, 2)),
      },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 24, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: months.map((row) => row.month) },
      yAxis: { type: 'value', name: 'kg' },
      series: [
        { name: t('right.declared'), type: 'bar', data: months.map((row) => row.declaredKg) },
        { name: t('right.purchased'), type: 'bar', data: months.map((row) => row.purchasedFineKg) },
        {
          name: t('right.capacity'),
          type: 'line',
          step: 'middle',
          showSymbol: false,
          lineStyle: { type: 'dashed' },
          data: months.map((row) => row.capacityKg),
        },
      ],
    }),
    [months, t, language],
  );
  if (months.length === 0) return <p className="muted">{t('right.noMonthly')}</p>;
  return <EChart option={option} label={t('right.chartLabel')} height={280} />;
}
