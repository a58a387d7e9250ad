import { useTranslation } from 'react-i18next';
import { listTypologies } from '../../api/alerts';
import { getRulesWhatIf } from '../../api/rules';
import { useLanguage } from '../../app/useLanguage';
import { CountryName } from '../../components/CountryName';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Section } from '../../components/Section';
import { useResource } from '../../hooks/useResource';
import { pick } from '../../format/format';
import { WhatIfCell } from './WhatIfCell';
import { useRuleValue } from './useRuleValue';

/**
 * "What if the region adopted the strictest rule": for each topic, the alerts each country in the
 * reader's scope raises now and would raise if every country held the strictest rule.
 */
export function WhatIfSection({ day }: { day: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const describe = useRuleValue();
  const { data, error, loading, reload } = useResource(
    (signal) => getRulesWhatIf(day, signal),
    `rules-what-if-${day}`,
  );
  const typologies = useResource(listTypologies, 'typologies');
  const typologyName = (code: string) =>
    pick(typologies.data?.find((typology) => typology.code === code)?.name, language) || code;
  const countries = Object.keys(data?.candidates[0]?.countries ?? {});

  return (
    <Section title={t('rules.whatIf.title')} className="what-if">
      <p className="muted small">{t('rules.whatIf.intro')}</p>
      {loading && !data && <Loading label={t('rules.whatIf.counting')} />}
      {error && <ErrorMessage error={error} onRetry={reload} />}
      {data && (
        <div className="table-wrap">
          <table className="table what-if-table">
            <caption className="visually-hidden">{t('rules.whatIf.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rules.whatIf.candidate')}</th>
                {countries.map((country) => (
                  <th scope="col" key={country}>
                    <CountryName code={country} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.candidates.map((candidate) => (
                <tr key={candidate.topic.id}>
                  <th scope="row">
                    <span className="rules-table__topic">{pick(candidate.topic.name, language)}</span>
                    <span className="rule-cell__value">
                      {describe(candidate.strictest.value, candidate.topic.unit)}
                    </span>
                    <span className="rule-mark rule-mark--hypothetical">
                      {t('rules.whatIf.hypothetical', { country: candidate.rule.from })}
                    </span>
                    <span className="rules-table__zone">
                      {t('rules.whatIf.heldBy', { countries: candidate.strictest.countries.join(', ') })}
                    </span>
                    {candidate.typologies.length > 0 && (
                      <span className="rules-table__zone">
                        {t('rules.whatIf.detectors', {
                          names: candidate.typologies.map(typologyName).join(', '),
                        })}
                      </span>
                    )}
                  </th>
                  {candidate.typologies.length > 0 ? (
                    countries.map((country) => (
                      <WhatIfCell key={country} counts={candidate.countries[country]} />
                    ))
                  ) : (
                    <td colSpan={countries.length} className="muted">
                      {t('rules.whatIf.noDetector')}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
