import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { getRulesComparison } from '../../api/rules';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { useResource } from '../../hooks/useResource';
import { RulesTable } from './RulesTable';
import { WhatIfSection } from './WhatIfSection';
import './rules.css';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today in the reader's own calendar, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The regulatory framework: the four countries' rules side by side, as in force on a day, and what
 * the strictest of them would raise if the whole region adopted it.
 */
export function RulesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // The day is kept in the address, so a comparison on a past day can be shared.
  const asked = params.get('on') ?? '';
  const day = DAY.test(asked) ? asked : today();
  const { data, error, loading, reload } = useResource(
    (signal) => getRulesComparison(day, signal),
    `rules-${day}`,
  );

  function choose(value: string) {
    setParams(DAY.test(value) ? { on: value } : {});
  }

  return (
    <>
      <header className="page__head">
        <h1>{t('rules.title')}</h1>
        <p className="muted">{t('rules.subtitle')}</p>
      </header>
      <form className="filters" aria-label={t('rules.dayForm')} onSubmit={(event) => event.preventDefault()}>
        <Field label={t('rules.inForceOn')}>
          {(id) => (
            <input
              id={id}
              type="date"
              name="on"
              value={day}
              onChange={(event) => choose(event.target.value)}
            />
          )}
        </Field>
        {data && <p className="muted small">{t('rules.version', { version: data.version })}</p>}
      </form>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={reload} />}
      {data && <RulesTable topics={data.topics} />}
      <p className="muted small">{t('rules.unverifiedLegend')}</p>
      <WhatIfSection day={day} />
    </>
  );
}
