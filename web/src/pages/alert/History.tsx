import { useTranslation } from 'react-i18next';
import type { AlertHistoryEntry } from '../../api/types';
import { useLanguage } from '../../app/useLanguage';
import { formatDateTime } from '../../format/format';

/** What happened to the alert, oldest first. */
export function History({ history }: { history: AlertHistoryEntry[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (history.length === 0) return <p className="muted">{t('alert.noHistory')}</p>;
  return (
    <ol className="timeline-list">
      {history.map((entry) => (
        <li key={entry.id}>
          <div className="muted small">
            {entry.author} · {formatDateTime(entry.at, language)}
          </div>
          <p>
            {entry.kind === 'assignment'
              ? entry.assignee
                ? t('alert.assignedTo', { user: entry.assignee })
                : t('alert.unassignedNow')
              : `${entry.from ? t(`status.${entry.from}`) : ''} → ${entry.to ? t(`status.${entry.to}`) : ''}`}
            {entry.reason && <span className="muted"> — {entry.reason}</span>}
          </p>
        </li>
      ))}
    </ol>
  );
}
