import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Identity } from '../../api/types-entities';
import { useLanguage } from '../../app/useLanguage';
import { CountryName } from '../../components/CountryName';
import { formatNumber } from '../../format/format';

/** Who the entity is in each source: name, identifiers and where the record came from. */
export function IdentitiesTable({ identities }: { identities: Identity[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption className="visually-hidden">{t('entity.identities')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('entity.name')}</th>
            <th scope="col">{t('entity.identifiers')}</th>
            <th scope="col">{t('common.country')}</th>
            <th scope="col">{t('entity.provenance')}</th>
          </tr>
        </thead>
        <tbody>
          {identities.map((identity) => (
            <tr key={`${identity.layout}/${identity.recordId}`}>
              <td>{identity.name ?? '—'}</td>
              <td>
                {identity.identifiers.map((identifier) => (
                  <div key={identifier} className="code">
                    {identifier}
                  </div>
                ))}
              </td>
              <td>
                <CountryName code={identity.country} />
              </td>
              <td>
                <span className="code">{identity.layout}</span>
                <div className="small">
                  <Link to={`/data?file=${encodeURIComponent(identity.file)}`}>{identity.file}</Link>
                  {` · ${t('alert.row')} ${formatNumber(identity.row, language)}`}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
