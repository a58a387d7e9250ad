import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/useLanguage';
import { humanise } from '../../format/figureName';
import { formatNumber } from '../../format/format';

/** An alert's figures as a definition list, names translated where the dictionary knows them. */
export function FigureList({ figures }: { figures: Record<string, number | string> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const entries = Object.entries(figures);
  if (entries.length === 0) return null;
  return (
    <dl className="kv kv--grid">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{t(`figures.${key}`, humanise(key))}</dt>
          <dd>{typeof value === 'number' ? formatNumber(value, language, 2) : value}</dd>
        </div>
      ))}
    </dl>
  );
}
