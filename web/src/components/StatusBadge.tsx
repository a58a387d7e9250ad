import { useTranslation } from 'react-i18next';

/** An alert's triage status as a label. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`status status--${status}`}>{t(`status.${status}`, status)}</span>;
}
