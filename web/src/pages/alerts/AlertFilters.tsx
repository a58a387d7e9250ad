import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ALERT_STATUSES, COUNTRIES, SEVERITIES, type Typology } from '../../api/types';
import { useLanguage } from '../../app/useLanguage';
import { pick } from '../../format/format';
import { Field } from '../../components/Field';

/** The queue's filters as the URL holds them. */
export interface FilterValues {
  status: string;
  severity: string;
  typology: string;
  country: string;
  /** A subject id (PE:RUC:…, CO:MR:…) the alerts must name; set by links, cleared here. */
  subject: string;
  q: string;
  sort: string;
}

/** Selects and a search box; each choice applies at once, the search on Enter. */
export function AlertFilters({
  values,
  typologies,
  countries,
  onChange,
}: {
  values: FilterValues;
  typologies: Typology[];
  countries: string[] | 'ALL';
  onChange: (values: FilterValues) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [q, setQ] = useState(values.q);
  const visible = countries === 'ALL' ? COUNTRIES : countries;
  const set = (key: keyof FilterValues) => (value: string) => onChange({ ...values, [key]: value });

  function search(event: SubmitEvent) {
    event.preventDefault();
    onChange({ ...values, q: q.trim() });
  }

  const select = (
    key: keyof FilterValues,
    label: string,
    options: { value: string; label: string }[],
    all: string,
  ) => (
    <Field label={label}>
      {(id) => (
        <select id={id} value={values[key]} onChange={(event) => set(key)(event.target.value)} name={key}>
          <option value="">{all}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <form className="filters" onSubmit={search} aria-label={t('alerts.filters')}>
      {select(
        'status',
        t('alerts.status'),
        ['unresolved', ...ALERT_STATUSES].map((value) => ({ value, label: t(`status.${value}`) })),
        t('common.all'),
      )}
      {select(
        'severity',
        t('alerts.severity'),
        SEVERITIES.map((value) => ({ value, label: t(`severity.${value}`) })),
        t('common.all'),
      )}
      {select(
        'typology',
        t('alerts.typology'),
        typologies.map((typology) => ({
          value: typology.code,
          label: pick(typology.name, language) || typology.code,
        })),
        t('common.allTypologies'),
      )}
      {visible.length > 1 &&
        select(
          'country',
          t('common.country'),
          visible.map((value) => ({ value, label: t(`countries.${value}`, value) })),
          t('common.allCountries'),
        )}
      {select(
        'sort',
        t('alerts.sort'),
        [
          { value: '-score', label: t('alerts.sortScore') },
          { value: 'detected', label: t('alerts.sortRecent') },
          { value: '-period', label: t('alerts.sortPeriod') },
        ],
        t('alerts.sortSeverity'),
      )}
      <Field label={t('alerts.search')} className="field--grow">
        {(id) => (
          <input
            id={id}
            type="search"
            name="q"
            value={q}
            onChange={(event) => setQ(event.target.value)}
            placeholder={t('alerts.searchPlaceholder')}
          />
        )}
      </Field>
      {values.subject !== '' && (
        <button type="button" className="chip" onClick={() => onChange({ ...values, subject: '' })}>
          {t('alerts.subjectFilter', { subject: values.subject })} <span aria-hidden="true">✕</span>
        </button>
      )}
      <button type="submit" className="button">
        {t('alerts.apply')}
      </button>
    </form>
  );
}
