import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getUpload } from '../../api/data';
import { ApiError } from '../../api/client';
import type { UploadStatus } from '../../api/types-geo';
import { uploadFile } from '../../api/upload';
import { useLanguage } from '../../app/useLanguage';
import { Field } from '../../components/Field';
import { formatNumber } from '../../format/format';

const FINISHED = new Set(['done', 'failed']);

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Sends a national file from the browser: a bar while it uploads, then the ingest's progress and result. */
export function UploadForm({ onFinished }: { onFinished: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const input = useRef<HTMLInputElement>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [status, setStatus] = useState<UploadStatus | null>(null);
  const [error, setError] = useState<string>();
  const [chosen, setChosen] = useState<string | null>(null);
  const [force, setForce] = useState(false);

  async function follow(id: string): Promise<UploadStatus> {
    for (;;) {
      const current = await getUpload(id);
      setStatus(current);
      if (FINISHED.has(current.status)) return current;
      await wait(400);
    }
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return;
    setError(undefined);
    setStatus(null);
    setSent(0);
    try {
      const { id } = await uploadFile(file, force, setSent);
      const last = await follow(id);
      // A loaded file may still carry an error: its rights' boundary checks failed after the load.
      if (last.status === 'failed' || last.error) setError(last.error?.message ?? t('common.error'));
      onFinished();
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : t('common.error'));
    }
  }

  function statusText(): string {
    if (!status) return t('data.sentPercent', { percent: formatNumber((sent ?? 0) * 100, language) });
    if (status.status === 'done' && status.message !== null) return t('data.alreadyLoaded');
    if (status.status === 'done') {
      return t('data.uploadDone', {
        read: formatNumber(status.rowsRead, language),
        accepted: formatNumber(status.rowsAccepted, language),
        rejected: formatNumber(status.rowsRejected, language),
      });
    }
    if (status.status === 'loading') {
      return t('data.uploadLoading', { percent: formatNumber(status.fraction * 100, language) });
    }
    return t(`batchStatus.${status.status}`);
  }

  return (
    <form className="upload" onSubmit={(event) => void submit(event)}>
      <Field label={t('data.chooseFile')} className="file-field">
        {(id) => (
          <>
            <input
              id={id}
              ref={input}
              type="file"
              name="file"
              accept=".csv,.xlsx,.json,.geojson,.txt"
              required
              onChange={(event) => setChosen(event.target.files?.[0]?.name ?? null)}
            />
            <span className="file-field__face" aria-hidden="true">
              <span className="button button--small">{t('data.browse')}</span>
              <span className="file-field__name">{chosen ?? t('data.noFile')}</span>
            </span>
          </>
        )}
      </Field>
      <label className="upload__again">
        <input type="checkbox" checked={force} onChange={(event) => setForce(event.target.checked)} />
        <span>{t('data.loadAgain')}</span>
      </label>
      <button type="submit" className="button button--primary">
        {t('data.upload')}
      </button>
      {sent !== null && (
        <div className="upload__progress">
          <progress
            value={status ? status.fraction : sent}
            max={1}
            aria-label={status ? t('data.ingesting') : t('data.sending')}
          />
          <span aria-live="polite">{statusText()}</span>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
