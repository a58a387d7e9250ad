import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { LanguageToggle } from '../app/LanguageToggle';
import { useAuth } from './AuthContext';
import { Field } from '../components/Field';

/** The sign-in form. */
export function LoginPage() {
  const { t } = useTranslation();
  const { me, signIn } = useAuth();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const next = params.get('next');
  const target = next?.startsWith('/') && !next.startsWith('//') ? next : '/';

  if (me) return <Navigate to={target} replace />;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(username, password);
    } catch (reason) {
      setError(reason instanceof ApiError && reason.status === 401 ? t('login.wrong') : t('login.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <div className="login__lang">
        <LanguageToggle />
      </div>
      <form className="login__card" onSubmit={(event) => void submit(event)} aria-labelledby="login-title">
        <div className="brand brand--large" aria-hidden="true">
          <span className="brand__mark">V</span> Veta
        </div>
        <h1 id="login-title">{t('login.title')}</h1>
        <p className="muted">{t('login.subtitle')}</p>
        <Field label={t('login.username')}>
          {(id) => (
            <input
              id={id}
              name="username"
              autoComplete="username"
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              required
              autoFocus
            />
          )}
        </Field>
        <Field label={t('login.password')}>
          {(id) => (
            <input
              id={id}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              required
            />
          )}
        </Field>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button className="button button--primary button--block" type="submit" disabled={busy}>
          {busy ? t('login.signingIn') : t('login.submit')}
        </button>
      </form>
    </main>
  );
}
