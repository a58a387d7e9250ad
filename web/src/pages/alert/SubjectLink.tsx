import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/**
 * An alert's subject, linked to where it leads: a mining right (CC:MR:…) to its page, a person or
 * company identifier to its entity; countries, protected areas and satellite detections are named.
 */
export function SubjectLink({ subject }: { subject: string }) {
  const { t } = useTranslation();
  if (/^[A-Z]{2}$/.test(subject)) {
    return (
      <span>
        {t(`countries.${subject}`, subject)}{' '}
        <span className="muted small">({t('subjectKinds.country')})</span>
      </span>
    );
  }
  if (subject.startsWith('AREA:') || subject.startsWith('SAT:')) {
    const kind = subject.startsWith('AREA:') ? 'protectedArea' : 'detection';
    return (
      <span>
        <span className="code">{subject}</span>{' '}
        <span className="muted small">({t(`subjectKinds.${kind}`)})</span>
      </span>
    );
  }
  const target = /^[A-Z]{2}:MR:/.test(subject)
    ? `/rights/${encodeURIComponent(subject)}`
    : `/subjects/${encodeURIComponent(subject)}`;
  return (
    <Link to={target} className="code">
      {subject}
    </Link>
  );
}
