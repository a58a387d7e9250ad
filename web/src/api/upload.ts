import { ApiError } from './client';
import type { ApiErrorBody } from './types';

/**
 * Sends a file to POST /api/uploads as multipart form data, reporting the share sent so far; `force`
 * loads it again even if it was loaded before. XMLHttpRequest rather than fetch: only it reports
 * upload progress.
 */
export function uploadFile(
  file: File,
  force: boolean,
  onProgress: (fraction: number) => void,
): Promise<{ id: string }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/uploads');
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      const body = request.response as (Partial<ApiErrorBody> & { id?: string | number }) | null;
      if (request.status >= 200 && request.status < 300 && body?.id !== undefined) {
        onProgress(1);
        resolve({ id: String(body.id) });
      } else {
        reject(
          new ApiError(request.status, {
            code: body?.code ?? 'UPLOAD_FAILED',
            message: body?.message ?? request.statusText,
          }),
        );
      }
    });
    request.addEventListener('error', () =>
      reject(new ApiError(0, { code: 'NETWORK', message: 'The server could not be reached.' })),
    );
    const form = new FormData();
    form.append('force', String(force));
    form.append('file', file, file.name);
    request.send(form);
  });
}
