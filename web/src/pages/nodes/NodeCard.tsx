import { useTranslation } from 'react-i18next';
import type { PeerNode } from '../../api/federation';
import { useLanguage } from '../../app/useLanguage';
import { CountryName } from '../../components/CountryName';
import { Section } from '../../components/Section';
import { formatDate, formatDateTime, formatNumber, pick } from '../../format/format';
import { AgreementTable } from './AgreementTable';

/** A peer node: who it is, the keys trusted, its last exchange, and each agreement in words. */
export function NodeCard({ node, today }: { node: PeerNode; today: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const active = node.keys.filter((key) => key.revokedAt === null);
  return (
    <Section title={`${node.name} · ${node.nodeId}`}>
      <dl className="meta">
        <div>
          <dt>{t('nodes.country')}</dt>
          <dd>
            <CountryName code={node.country} /> · {t(`nodes.role.${node.role}`)}
          </dd>
        </div>
        <div>
          <dt>{t('nodes.keys')}</dt>
          <dd>
            {active.length > 0
              ? active.map((key) => (
                  <code key={key.keyId} className="nodes__line" title={key.keyId}>
                    {key.keyId.slice(0, 12)}…{' '}
                    {t('nodes.trustedOn', { day: formatDate(key.trustedAt, language) })}
                  </code>
                ))
              : t('nodes.revoked')}
          </dd>
        </div>
        <div>
          <dt>{t('nodes.lastExchange')}</dt>
          <dd>
            {node.lastExchange
              ? t('nodes.exchange', {
                  when: formatDateTime(node.lastExchange, language),
                  envelopes: formatNumber(node.envelopes, language),
                })
              : t('nodes.never')}
          </dd>
        </div>
      </dl>
      {node.agreements.length === 0 && <p className="muted">{t('nodes.noAgreement')}</p>}
      {node.agreements.map((held) => {
        const { agreement } = held;
        const inForce = agreement.validFrom <= today && today <= agreement.validUntil;
        return (
          <article key={agreement.id} className="nodes__agreement" aria-label={agreement.id}>
            <h3>
              {pick(agreement.title, language)}{' '}
              <span className="muted small">
                {agreement.id} v{agreement.version}
              </span>
            </h3>
            <p className="small">
              {t(inForce ? 'nodes.validity' : 'nodes.expired', {
                from: formatDate(agreement.validFrom, language),
                until: formatDate(agreement.validUntil, language),
              })}{' '}
              · {t('nodes.purposes')}:{' '}
              {held.purposes.map((purpose) => pick(purpose.name, language)).join(', ')}
            </p>
            <p className="muted small">{agreement.legalBasis}</p>
            {held.lastReport ? (
              <p className="small">
                {t('nodes.lastReport', {
                  when: formatDateTime(held.lastReport.sentAt, language),
                  version: held.lastReport.version,
                })}
              </p>
            ) : (
              <p className="muted small">{t('nodes.noReport')}</p>
            )}
            <AgreementTable held={held} node={node} />
          </article>
        );
      })}
    </Section>
  );
}
