import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listAssignees } from '../../api/alerts';
import type { AlertDetail } from '../../api/types';
import { Field } from '../../components/Field';
import { useResource } from '../../hooks/useResource';

/**
 * A supervisor's choice of whom to give the alert to: only the people the server says may hold it
 * (active, able to work alerts, seeing the alert's country), or no one.
 */
export function GiveTo({
  alert,
  busy,
  onGive,
}: {
  alert: AlertDetail;
  busy: boolean;
  onGive: (assignee: string | null) => void;
}) {
  const { t } = useTranslation();
  // Who may hold the alert depends on its status (no one holds a closed alert) and its holder.
  const people = useResource(
    (signal) => listAssignees(alert.id, signal),
    `${alert.id}:${alert.status}:${alert.assignee ?? ''}`,
  );
  const [chosen, setChosen] = useState(alert.assignee ?? '');
  if (!people.data || alert.status === 'closed') return null;
  return (
    <form
      className="give-to"
      onSubmit={(event) => {
        event.preventDefault();
        onGive(chosen === '' ? null : chosen);
      }}
    >
      <Field label={t('triage.giveTo')}>
        {(id) => (
          <select id={id} value={chosen} onChange={(event) => setChosen(event.target.value)}>
            <option value="">{t('triage.nobody')}</option>
            {people.data?.map((person) => (
              <option key={person.username} value={person.username}>
                {person.displayName} ({person.username})
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button" disabled={busy || chosen === (alert.assignee ?? '')}>
        {t('triage.give')}
      </button>
    </form>
  );
}
