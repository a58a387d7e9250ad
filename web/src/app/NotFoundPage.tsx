import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** A page for an address the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="empty">
      <h1>{t('common.notFound')}</h1>
      <Link to="/">{t('app.home')}</Link>
    </div>
  );
}
