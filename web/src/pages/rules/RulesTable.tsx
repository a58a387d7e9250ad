import { useTranslation } from 'react-i18next';
import type { TopicComparison } from '../../api/rules';
import { COUNTRIES } from '../../api/types';
import { useLanguage } from '../../app/useLanguage';
import { CountryName } from '../../components/CountryName';
import { pick } from '../../format/format';
import { RuleCell } from './RuleCell';

/** One row per topic, one column per country; a row where a flow can go around the rule says so. */
export function RulesTable({ topics }: { topics: readonly TopicComparison[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-wrap card card--flush">
      <table className="table rules-table">
        <caption className="visually-hidden">{t('rules.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rules.topic')}</th>
            {COUNTRIES.map((country) => (
              <th scope="col" key={country}>
                <CountryName code={country} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {topics.map((comparison) => (
            <tr key={comparison.topic.id} className={comparison.greyZone ? 'has-grey-zone' : undefined}>
              <th scope="row">
                <span className="rules-table__topic">{pick(comparison.topic.name, language)}</span>
                {comparison.greyZone ? (
                  <span className="rules-table__zone">
                    <span className="rule-mark rule-mark--zone">{t('rules.greyZone')}</span>{' '}
                    {pick(comparison.greyZone, language)}
                  </span>
                ) : (
                  comparison.differs && <span className="rule-mark">{t('rules.differs')}</span>
                )}
              </th>
              {COUNTRIES.map((country) => (
                <RuleCell
                  key={country}
                  rule={comparison.countries[country] ?? null}
                  topic={comparison.topic}
                  strictest={comparison.strictest?.countries.includes(country) ?? false}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
