import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commentAlert } from '../../api/alerts';
import type { AlertDetail } from '../../api/types';
import { useLanguage } from '../../app/useLanguage';
import { useAuth } from '../../auth/AuthContext';
import { may } from '../../auth/permissions';
import { formatDateTime } from '../../format/format';
import { Field } from '../../components/Field';

/** The alert's comments, and a form to add one. */
export function Comments({ alert, onChanged }: { alert: AlertDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { me } = useAuth();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    try {
      await commentAlert(alert.id, text.trim());
      setText('');
      onChanged();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="comments">
      {alert.comments.length === 0 && <p className="muted">{t('alert.noComments')}</p>}
      <ol className="timeline-list">
        {alert.comments.map((comment) => (
          <li key={comment.id}>
            <div className="muted small">
              {comment.author} · {formatDateTime(comment.at, language)}
            </div>
            <p>{comment.text}</p>
          </li>
        ))}
      </ol>
      {may(me, 'triage') && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Field label={t('alert.addComment')}>
            {(id) => (
              <textarea
                id={id}
                value={text}
                onChange={(event) => setText(event.target.value)}
                rows={2}
                required
              />
            )}
          </Field>
          <button type="submit" className="button" disabled={busy || text.trim() === ''}>
            {t('alert.postComment')}
          </button>
        </form>
      )}
    </div>
  );
}
