import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** Why something could not load, with the API's sentence when it gave one. */
export function ErrorMessage({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useTranslation();
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <div className="notice notice--error" role="alert">
      <strong>{notFound ? t('common.notFound') : t('common.error')}</strong>
      {!notFound && <span> {error.message}</span>}
      {onRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
