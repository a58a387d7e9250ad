import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { searchEntities } from '../../api/entities';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useResource } from '../../hooks/useResource';

/** Entities whose names or identifiers resemble the search text. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const { data, error, loading } = useResource(
    (signal) => searchEntities(q, undefined, signal),
    `search-${q}`,
  );
  return (
    <>
      <header className="page__head">
        <h1>{t('search.title', { q })}</h1>
      </header>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} />}
      {data && data.length === 0 && <p className="empty">{t('search.none')}</p>}
      {data && data.length > 0 && (
        <div className="card card--flush">
          <table className="table">
            <caption className="visually-hidden">{t('search.results')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('entity.name')}</th>
                <th scope="col">{t('entity.kind')}</th>
                <th scope="col">{t('common.country')}</th>
                <th scope="col">{t('entity.identifiers')}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((entity) => (
                <tr key={entity.id}>
                  <td>
                    <Link to={`/entities/${encodeURIComponent(entity.id)}`} className="strong-link">
                      {entity.name}
                    </Link>
                  </td>
                  <td>{t(`kinds.${entity.kind}`, entity.kind)}</td>
                  <td>{entity.countries.map((code) => t(`countries.${code}`, code)).join(', ')}</td>
                  <td className="code small">{entity.identifiers.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
