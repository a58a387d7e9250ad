import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { getAlert } from '../../api/alerts';
import { useLanguage } from '../../app/useLanguage';
import { CountryName } from '../../components/CountryName';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Section } from '../../components/Section';
import { SeverityBadge } from '../../components/SeverityBadge';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateTime, formatNumber, formatPeriod, pick } from '../../format/format';
import { useResource } from '../../hooks/useResource';
import { Comments } from './Comments';
import { EpisodeAlerts } from './EpisodeAlerts';
import { EvidenceTable } from './EvidenceTable';
import { FigureList } from './FigureList';
import { History } from './History';
import { NextStepList } from './NextStepList';
import { RevealAsk } from './RevealAsk';
import { SubjectLink } from './SubjectLink';
import { TriageActions } from './TriageActions';

/** One alert: why it was raised, on what evidence, about whom, and its triage. */
export function AlertPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const each = params.get('each') === 'alert' ? 'alert' : '';
  const {
    data: alert,
    error,
    loading,
    reload,
  } = useResource((signal) => getAlert(id, each, signal), `alert-${id}-${each}`);

  if (loading && !alert) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (!alert) return null;
  return (
    <>
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to="/alerts">{t('nav.alerts')}</Link> / <span className="code">{alert.id}</span>
      </nav>
      <header className="page__head page__head--alert">
        <div className="badges">
          <SeverityBadge severity={alert.severity} />
          <StatusBadge status={alert.status} />
          <span className="tag">{pick(alert.typologyName, language) || alert.typology}</span>
        </div>
        <h1>{pick(alert.title, language)}</h1>
        {alert.episode.alerts > 1 && (
          <p className="muted episode-note">
            {alert.episode.id === alert.id && !each ? (
              t('alert.episodeSpan', {
                count: alert.episode.alerts,
                formatted: formatNumber(alert.episode.alerts, language),
                period: formatPeriod(alert.period, language),
              })
            ) : (
              <Link to={`/alerts/${encodeURIComponent(alert.episode.id)}`}>
                {t('alert.partOfEpisode', {
                  count: alert.episode.alerts,
                  formatted: formatNumber(alert.episode.alerts, language),
                })}
              </Link>
            )}
          </p>
        )}
        <dl className="meta">
          <div>
            <dt>{t('common.country')}</dt>
            <dd>
              <CountryName code={alert.country} />
            </dd>
          </div>
          <div>
            <dt>{t('alerts.period')}</dt>
            <dd>{formatPeriod(alert.period, language)}</dd>
          </div>
          <div>
            <dt>{t('risk.score')}</dt>
            <dd>{formatNumber(alert.score * 100, language)}</dd>
          </div>
          <div>
            <dt>{t('alert.assignee')}</dt>
            <dd>{alert.assignee ?? t('alert.unassigned')}</dd>
          </div>
          <div>
            <dt>{t('alert.lastDetected')}</dt>
            <dd>{formatDateTime(alert.lastDetectedAt, language)}</dd>
          </div>
        </dl>
      </header>
      <div className="grid grid--detail">
        <div className="stack">
          <Section title={t('alert.explanation')}>
            <p className="lead">{pick(alert.explanation, language)}</p>
            <FigureList figures={alert.figures} />
          </Section>
          {alert.episodeAlerts.length > 1 && (
            <Section title={t('alert.episodeAlerts')}>
              <EpisodeAlerts alerts={alert.episodeAlerts} current={each ? alert.id : ''} />
            </Section>
          )}
          <Section title={t('alert.nextStep')}>
            <NextStepList nextStep={alert.nextStep} />
          </Section>
          <Section title={t('alert.evidence')}>
            <EvidenceTable evidence={alert.evidence} />
          </Section>
        </div>
        <div className="stack">
          <Section title={t('alert.triage')}>
            <TriageActions alert={alert} onChanged={reload} />
          </Section>
          <Section title={t('alert.subjects')}>
            <ul className="subject-list">
              {alert.subjects.map((subject) => (
                <li key={subject}>
                  <SubjectLink subject={subject} />
                </li>
              ))}
            </ul>
            <RevealAsk alert={alert} />
          </Section>
          <Section title={t('alert.comments')}>
            <Comments alert={alert} onChanged={reload} />
          </Section>
          <Section title={t('alert.history')}>
            <History history={alert.history} />
          </Section>
        </div>
      </div>
    </>
  );
}
