import type { CountryRule } from '../../api/rules';
import { useLanguage } from '../../app/useLanguage';
import { formatDate } from '../../format/format';

type LegalSource = NonNullable<CountryRule>['source'];

/** Where the law says it: instrument (a link when the source has an address), article and date. */
export function RuleSource({ source }: { source: LegalSource }) {
  const language = useLanguage();
  const instrument = source.url ? (
    <a href={source.url} target="_blank" rel="noreferrer">
      {source.instrument}
    </a>
  ) : (
    source.instrument
  );
  return (
    <span className="rule-source">
      {instrument}
      {source.article && <>, {source.article}</>},{' '}
      <time dateTime={source.date}>{formatDate(source.date, language)}</time>
    </span>
  );
}
