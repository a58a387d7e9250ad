import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { approveReveal, refuseReveal, type Reveal } from '../../api/reveal';
import { Field } from '../../components/Field';

/** The identity stays readable at the hub this many days unless the supervisor says otherwise (as the API). */
const DEFAULT_DAYS = 30;
const MAX_DAYS = 365;

/**
 * A supervisor's decision on a request waiting at this node: approve, for a number of days, or
 * refuse, each with the reason sent to the hub. The server decides once; its refusal (a request
 * decided meanwhile, a node without the linkage key) is shown as it words it.
 */
export function RevealDecision({ reveal, onDecided }: { reveal: Reveal; onDecided: () => void }) {
  const { t } = useTranslation();
  const [verdict, setVerdict] = useState<'approve' | 'refuse'>();
  const [reason, setReason] = useState('');
  const [days, setDays] = useState(String(DEFAULT_DAYS));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const dayCount = Number(days);
  const daysValid = Number.isInteger(dayCount) && dayCount >= 1 && dayCount <= MAX_DAYS;

  async function decide() {
    setBusy(true);
    setError(undefined);
    try {
      if (verdict === 'approve') await approveReveal(reveal.id, reason.trim(), dayCount);
      else await refuseReveal(reveal.id, reason.trim());
      setVerdict(undefined);
      setReason('');
      onDecided();
    } catch (reason_) {
      setError(reason_ instanceof ApiError ? reason_.message : t('common.error'));
    } finally {
      setBusy(false);
    }
  }

  if (verdict === undefined)
    return (
      <div className="reveal__decision">
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => setVerdict('approve')}>
            {t('reveal.approve')}
          </button>
          <button type="button" className="button" onClick={() => setVerdict('refuse')}>
            {t('reveal.refuse')}
          </button>
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  return (
    <form
      className="reveal__decision"
      onSubmit={(event) => {
        event.preventDefault();
        void decide();
      }}
    >
      <Field label={t(verdict === 'approve' ? 'reveal.approveReason' : 'reveal.refuseReason')}>
        {(id) => (
          <textarea
            id={id}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            required
            rows={2}
          />
        )}
      </Field>
      {verdict === 'approve' && (
        <Field label={t('reveal.days')} className="reveal__days">
          {(id) => (
            <input
              id={id}
              type="number"
              min={1}
              max={MAX_DAYS}
              step={1}
              value={days}
              onChange={(event) => setDays(event.target.value)}
              required
            />
          )}
        </Field>
      )}
      <div className="button-row">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || reason.trim() === '' || (verdict === 'approve' && !daysValid)}
        >
          {t(verdict === 'approve' ? 'reveal.confirmApprove' : 'reveal.confirmRefuse')}
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={() => {
            setVerdict(undefined);
            setError(undefined);
          }}
        >
          {t('common.cancel')}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
