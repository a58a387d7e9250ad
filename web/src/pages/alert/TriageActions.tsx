import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assignAlert, transitionAlert } from '../../api/alerts';
import { ApiError } from '../../api/client';
import type { AlertDetail } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { may } from '../../auth/permissions';
import { Field } from '../../components/Field';
import { GiveTo } from './GiveTo';

/** Buttons that move an alert through triage; dismissing asks for a reason first. */
export function TriageActions({ alert, onChanged }: { alert: AlertDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (!may(me, 'triage')) return <p className="muted small">{t('triage.readOnly')}</p>;

  async function run(work: () => Promise<unknown>) {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      setDismissing(false);
      setReason('');
      onChanged();
    } catch (reason_) {
      setError(reason_ instanceof ApiError ? reason_.message : t('common.error'));
    } finally {
      setBusy(false);
    }
  }

  // The server says which moves this user may make now; the buttons offer exactly those.
  const targets = alert.nextStatuses;
  return (
    <div className="triage">
      <div className="button-row">
        {targets.map((to) =>
          to === 'dismissed' ? (
            <button
              key={to}
              type="button"
              className="button"
              onClick={() => setDismissing(true)}
              disabled={busy}
            >
              {t('triage.to.dismissed')}
            </button>
          ) : (
            <button
              key={to}
              type="button"
              className={`button ${to === 'escalated' ? 'button--danger' : 'button--primary'}`}
              onClick={() => void run(() => transitionAlert(alert.id, to))}
              disabled={busy}
            >
              {t(`triage.to.${to}`)}
            </button>
          ),
        )}
        {me && alert.assignee !== me.username && (
          <button
            type="button"
            className="button"
            onClick={() => void run(() => assignAlert(alert.id, me.username))}
            disabled={busy}
          >
            {t('triage.assignToMe')}
          </button>
        )}
      </div>
      {may(me, 'assign') && (
        <GiveTo
          // A new alert or a new holder starts the choice afresh from the holder.
          key={`${alert.id}:${alert.assignee ?? ''}`}
          alert={alert}
          busy={busy}
          onGive={(assignee) => void run(() => assignAlert(alert.id, assignee))}
        />
      )}
      {dismissing && (
        <form
          className="dismiss"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => transitionAlert(alert.id, 'dismissed', reason.trim()));
          }}
        >
          <Field label={t('triage.reason')}>
            {(id) => (
              <textarea
                id={id}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                required
                rows={3}
              />
            )}
          </Field>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={busy || reason.trim() === ''}>
              {t('triage.confirmDismiss')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setDismissing(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
