import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getReconciliation } from '../../api/geo';
import type { ReconciliationRow } from '../../api/types-geo';
import { useLanguage } from '../../app/useLanguage';
import { EChart } from '../../charts/EChart';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Section } from '../../components/Section';
import { formatNumber } from '../../format/format';
import { useResource } from '../../hooks/useResource';
import { Field } from '../../components/Field';

const FLOWS = ['production', 'purchases', 'exports', 'partnerImports'] as const;
const COLOURS = ['#1d3f6e', '#c9a227', '#3b7bbf', '#b42318'];
type Unit = 'fineKg' | 'usd';

/** The months in order with each flow's total for the chosen country (or all countries). */
function series(rows: readonly ReconciliationRow[], country: string, unit: Unit) {
  const months = [...new Set(rows.map((row) => row.month.slice(0, 7)))].sort();
  const totals = FLOWS.map(() => new Map<string, number>());
  for (const row of rows) {
    if (country !== '' && row.country !== country) continue;
    const month = row.month.slice(0, 7);
    FLOWS.forEach((flow, index) => {
      const total = totals[index];
      total?.set(month, (total.get(month) ?? 0) + (row[flow][unit] ?? 0));
    });
  }
  return {
    months,
    values: totals.map((total) => months.map((month) => Math.round((total.get(month) ?? 0) * 100) / 100)),
  };
}

/** Production, purchases, exports and partner imports per month: where the gold goes missing. */
export function ReconciliationChart() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [country, setCountry] = useState('');
  const [unit, setUnit] = useState<Unit>('fineKg');
  const { data, error, loading, reload } = useResource(
    (signal) => getReconciliation(undefined, signal),
    'reconciliation',
  );
  const countries = useMemo(() => [...new Set((data ?? []).map((row) => row.country))].sort(), [data]);

  const option = useMemo(() => {
    const { months, values } = series(data ?? [], country, unit);
    return {
      color: COLOURS,
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: number) => formatNumber(value, language, unit === 'usd' ? 0 : 1),
      },
      legend: { bottom: 0, data: FLOWS.map((flow) => t(`reconciliation.${flow}`)) },
      grid: { left: 8, right: 16, top: 24, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: months },
      yAxis: {
        type: 'value',
        name: unit === 'usd' ? 'USD' : t('reconciliation.kgFine'),
        axisLabel: { formatter: (value: number) => formatNumber(value, language) },
      },
      series: FLOWS.map((flow, index) => ({
        name: t(`reconciliation.${flow}`),
        type: flow === 'production' ? 'bar' : 'line',
        smooth: false,
        showSymbol: false,
        data: values[index],
      })),
    };
  }, [data, country, unit, t, language]);

  const controls = (
    <div className="controls">
      <Field label={t('common.country')} className="field--inline">
        {(id) => (
          <select id={id} value={country} onChange={(event) => setCountry(event.target.value)}>
            <option value="">{t('common.allCountries')}</option>
            {countries.map((code) => (
              <option key={code} value={code}>
                {t(`countries.${code}`, code)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="segmented" role="group" aria-label={t('reconciliation.unit')}>
        {(['fineKg', 'usd'] as const).map((choice) => (
          <button key={choice} type="button" aria-pressed={unit === choice} onClick={() => setUnit(choice)}>
            {t(`reconciliation.${choice}`)}
          </button>
        ))}
      </div>
    </div>
  );

  return (
    <Section title={t('overview.reconciliation')} actions={controls}>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={reload} />}
      {data && <EChart option={option} label={t('reconciliation.chartLabel')} />}
    </Section>
  );
}
