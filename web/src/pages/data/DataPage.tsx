import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import { may } from '../../auth/permissions';
import { Section } from '../../components/Section';
import { BatchesTable } from './BatchesTable';
import { QuarantineTable } from './QuarantineTable';
import { UploadForm } from './UploadForm';

/** Data management: uploading a file, the ingest batches, and the rows put in quarantine. */
export function DataPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const [params] = useSearchParams();
  const [refreshKey, setRefreshKey] = useState(0);
  const [batch, setBatch] = useState('');
  return (
    <>
      <header className="page__head">
        <h1>{t('data.title')}</h1>
        <p className="muted">{t('data.subtitle')}</p>
      </header>
      {may(me, 'ingest') && (
        <Section title={t('data.uploadTitle')}>
          <p className="muted small">{t('data.uploadHelp')}</p>
          <UploadForm onFinished={() => setRefreshKey((key) => key + 1)} />
        </Section>
      )}
      <div className="grid grid--2">
        <Section title={t('data.batches')}>
          <BatchesTable
            highlightFile={params.get('file')}
            refreshKey={refreshKey}
            onShowQuarantine={setBatch}
          />
        </Section>
        <Section title={t('data.quarantine')}>
          <QuarantineTable key={`${batch}-${refreshKey}`} batch={batch} onClearBatch={() => setBatch('')} />
        </Section>
      </div>
    </>
  );
}
