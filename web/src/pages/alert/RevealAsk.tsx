import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { requestReveal, type Reveal } from '../../api/reveal';
import type { AlertDetail } from '../../api/types';
import { useLanguage } from '../../app/useLanguage';
import { useAuth } from '../../auth/AuthContext';
import { may } from '../../auth/permissions';
import { Field } from '../../components/Field';
import { pick } from '../../format/format';
import { usePurposes } from '../../hooks/usePurposes';
import { pseudonymisedIn, type PseudonymisedPerson } from './pseudonymised';

/**
 * "Solicitar revelación": when the alert names a person only by the token a node shared them
 * under, a user who may ask has that node reveal them, for a purpose of its agreement and a reason.
 */
export function RevealAsk({ alert }: { alert: AlertDetail }) {
  const { me } = useAuth();
  const persons = pseudonymisedIn(alert);
  if (!may(me, 'request-reveal') || persons.length === 0) return null;
  return <RevealAskForm alert={alert} persons={persons} />;
}

function RevealAskForm({ alert, persons }: { alert: AlertDetail; persons: PseudonymisedPerson[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const purposes = usePurposes();
  const [open, setOpen] = useState(false);
  const [party, setParty] = useState(persons[0]?.party ?? '');
  const [purpose, setPurpose] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<Reveal>();
  const origin = persons.find((person) => person.party === party)?.origin;
  const offered = purposes.of(origin?.node, origin?.agreement);
  const chosen = offered.some((entry) => entry.code === purpose) ? purpose : (offered[0]?.code ?? '');

  async function submit() {
    setBusy(true);
    setError(undefined);
    try {
      setSent(await requestReveal({ alert: alert.id, party, purpose: chosen, reason: reason.trim() }));
      setOpen(false);
      setReason('');
    } catch (reason_) {
      setError(reason_ instanceof ApiError ? reason_.message : t('common.error'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="reveal-ask">
      <p className="muted small">{t('reveal.ask.note', { count: persons.length })}</p>
      {sent && (
        <p className="notice" role="status">
          {t('reveal.ask.sent', { node: sent.ownerNode })} <Link to="/reveals">{t('reveal.ask.follow')}</Link>
        </p>
      )}
      {!open ? (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('reveal.ask.open')}
        </button>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Field label={t('reveal.person')}>
            {(id) => (
              <select id={id} value={party} onChange={(event) => setParty(event.target.value)}>
                {persons.map((person) => (
                  <option key={person.party} value={person.party}>
                    {person.party}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {offered.length === 0 && !purposes.loading ? (
            <p className="muted small">{t('reveal.ask.noPurposes')}</p>
          ) : (
            <Field label={t('reveal.purpose')}>
              {(id) => (
                <select id={id} value={chosen} onChange={(event) => setPurpose(event.target.value)}>
                  {offered.map((entry) => (
                    <option key={entry.code} value={entry.code}>
                      {pick(entry.name, language) || entry.code}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field label={t('reveal.ask.reason')}>
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
            <button
              type="submit"
              className="button button--primary"
              disabled={busy || chosen === '' || reason.trim() === ''}
            >
              {t('reveal.ask.submit')}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                setOpen(false);
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
      )}
    </div>
  );
}
