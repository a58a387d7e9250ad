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
      {history.map((entry, index) => (
        <li key={index}>
          <div className="muted small">
            {entry.actor ?? '—'} · {formatDateTime(entry.at, language)}
          </div>
          <p>
            {entry.from || entry.to
              ? `${entry.from ? t(`status.${entry.from}`, entry.from) : ''} → ${entry.to ? t(`status.${entry.to}`, entry.to) : ''}`
              : (entry.action ?? '')}
            {entry.reason && <span className="muted"> — {entry.reason}</span>}
          </p>
        </li>
      ))}
    </ol>
  );
}
