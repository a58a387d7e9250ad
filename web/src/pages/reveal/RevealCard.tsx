import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Reveal } from '../../api/reveal';
import { useLanguage } from '../../app/useLanguage';
import { formatDate, formatDateTime, pick } from '../../format/format';
import { RevealDecision } from './RevealDecision';

/**
 * One request: who asked whom, about which person of which alert, for what and why; where it
 * stands; the identity once it came back to its requester; and, for a supervisor of the node that
 * shared the person, the decision while it waits.
 */
export function RevealCard({
  reveal,
  mayDecide,
  onDecided,
}: {
  reveal: Reveal;
  mayDecide: boolean;
  onDecided: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const heading = useId();
  const incoming = reveal.direction === 'incoming';
  const { identity } = reveal;
  return (
    <article className="reveal" aria-labelledby={heading}>
      <div className="reveal__head">
        <h3 id={heading}>
          {incoming
            ? t('reveal.askedBy', { user: reveal.requestedBy, node: reveal.hubNode })
            : t('reveal.askedOf', { user: reveal.requestedBy, node: reveal.ownerNode })}
        </h3>
        <span className={`status status--${reveal.status}`}>{t(`reveal.status.${reveal.status}`)}</span>
      </div>
      <dl className="meta">
        <div>
          <dt>{t('reveal.requestedAt')}</dt>
          <dd>{formatDateTime(reveal.requestedAt, language)}</dd>
        </div>
        <div>
          <dt>{t('reveal.alert')}</dt>
          <dd>
            {reveal.alert === null ? (
              '—'
            ) : incoming ? (
              // The alert is the hub's: this node holds no page for it.
              <span className="code">{reveal.alert}</span>
            ) : (
              <Link to={`/alerts/${encodeURIComponent(reveal.alert)}`} className="code">
                {reveal.alert}
              </Link>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('reveal.purpose')}</dt>
          <dd>{pick(reveal.purposeName, language)}</dd>
        </div>
        <div>
          <dt>{t('reveal.agreement')}</dt>
          <dd>{reveal.agreement}</dd>
        </div>
      </dl>
      <p className="small">
        {t('reveal.person')}: <span className="code">{reveal.party}</span>
      </p>
      <p>
        <span className="muted">{t('reveal.reason')}:</span> {reveal.reason}
      </p>
      {reveal.decidedAt !== null && (
        <p className="small">
          {t(reveal.status === 'refused' ? 'reveal.refusedBy' : 'reveal.approvedBy', {
            user: reveal.decidedBy ?? '—',
            when: formatDateTime(reveal.decidedAt, language),
          })}
          {reveal.decisionReason && <span className="muted"> — {reveal.decisionReason}</span>}
        </p>
      )}
      {identity && (
        <div className="reveal__identity">
          <h4>{t('reveal.identity')}</h4>
          <dl className="kv kv--grid">
            <div>
              <dt>{t('reveal.name')}</dt>
              <dd>{identity.name}</dd>
            </div>
            <div>
              <dt>{t('reveal.documents')}</dt>
              <dd>
                {identity.identifiers.length > 0
                  ? identity.identifiers.map((identifier) => (
                      <span key={identifier} className="code identifier">
                        {identifier}
                      </span>
                    ))
                  : '—'}
              </dd>
            </div>
            <div>
              <dt>{t('reveal.birthDate')}</dt>
              <dd>{identity.birthDate ? formatDate(identity.birthDate, language) : '—'}</dd>
            </div>
          </dl>
          {reveal.expiresAt && (
            <p className="small">
              {t('reveal.visibleUntil', { when: formatDateTime(reveal.expiresAt, language) })}
            </p>
          )}
        </div>
      )}
      <p className="muted small">{t(`reveal.sent.${sentState(reveal)}`)}</p>
      {mayDecide && incoming && reveal.status === 'pending' && (
        <RevealDecision reveal={reveal} onDecided={onDecided} />
      )}
    </article>
  );
}

/** Whether the request (at the hub) or the decision (at the node) has left, or waits for the next exchange. */
function sentState(reveal: Reveal): string {
  if (reveal.direction === 'outgoing') {
    if (reveal.status !== 'pending') return 'answered';
    return reveal.sent ? 'requestSent' : 'requestWaiting';
  }
  if (reveal.status === 'pending') return 'awaitingDecision';
  return reveal.sent ? 'decisionSent' : 'decisionWaiting';
}
