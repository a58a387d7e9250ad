import { useTranslation } from 'react-i18next';

/** An alert's severity as a coloured label (colour is never the only cue: the word is there). */
export function SeverityBadge({ severity }: { severity: string }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${severity}`}>{t(`severity.${severity}`, severity)}</span>;
}
