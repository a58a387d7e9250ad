import { randomBytes } from 'node:crypto';

/**
 * A multipart/form-data body holding one file, after any text fields, as a browser sends it, for
 * `app.inject()`.
 */
export function multipartFile(
  fileName: string,
  content: Buffer | string,
  fields: Readonly<Record<string, string>> = {},
): { payload: Buffer; headers: { 'content-type': string } } {
  const boundary = `----veta${randomBytes(8).toString('hex')}`;
  const texts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const head = `${texts.join('')}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
