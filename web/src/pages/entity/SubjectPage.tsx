import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router-dom';
import { searchEntities } from '../../api/entities';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';

type Target = { to: string } | { missing: true } | { error: Error };

/** The page of the entity holding a subject identifier, found by searching for the identifier. */
async function resolveSubject(identifier: string, signal: AbortSignal): Promise<Target> {
  const found = await searchEntities(identifier, undefined, signal);
  const exact = found.find((entity) => entity.identifiers.includes(identifier)) ?? found[0];
  return exact ? { to: `/entities/${encodeURIComponent(exact.id)}` } : { missing: true };
}

/** Follows an alert's subject (an identifier such as PE:RUC:20600000013) to its entity's profile. */
export function SubjectPage() {
  const { t } = useTranslation();
  const { identifier = '' } = useParams();
  const [target, setTarget] = useState<Target>();
  useEffect(() => {
    const controller = new AbortController();
    resolveSubject(identifier, controller.signal)
      .then(setTarget)
      .catch((error: unknown) =>
        setTarget({ error: error instanceof Error ? error : new Error(String(error)) }),
      );
    return () => controller.abort();
  }, [identifier]);
  if (!target) return <Loading />;
  if ('to' in target) return <Navigate to={target.to} replace />;
  if ('error' in target) return <ErrorMessage error={target.error} />;
  return (
    <div className="empty">
      <h1 className="code">{identifier}</h1>
      <p>{t('subject.missing')}</p>
    </div>
  );
}
