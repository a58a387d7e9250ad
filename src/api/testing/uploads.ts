import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { VetaApp } from '../app.js';
import { multipartFile } from './multipart.js';

/** The headers of a signed-in caller. */
export type Headers = { authorization: string };

/** An upload's state as GET /api/uploads/:id gives it, as far as tests look. */
export interface UploadState {
  status: string;
  fraction: number;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  batchId: number | null;
  message: string | null;
  report: { layout: string } | null;
  error: { code: string; message: string } | null;
}

/** Sends a file to POST /api/uploads as the browser does, with any form fields before it. */
export async function upload(
  app: VetaApp,
  headers: Headers,
  fileName: string,
  content: Buffer | string,
  fields: Readonly<Record<string, string>> = {},
) {
  const body = multipartFile(fileName, content, fields);
  return app.inject({
    method: 'POST',
    url: '/api/uploads',
    payload: body.payload,
    headers: { ...headers, ...body.headers },
  });
}

/** Polls an upload until it is done or failed, as the web app does; every state seen, in order. */
export async function settled(app: VetaApp, headers: Headers, id: string): Promise<UploadState[]> {
  const seen: UploadState[] = [];
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const response = await app.inject({ method: 'GET', url: `/api/uploads/${id}`, headers });
    assert.equal(response.statusCode, 200, response.body);
    const state = response.json<UploadState>();
    seen.push(state);
    if (state.status === 'done' || state.status === 'failed') return seen;
    await sleep(50);
  }
  assert.fail(`upload ${id} did not finish`);
}

/** Uploads a file and waits for its load to end: its last state. */
export async function uploadSettled(
  app: VetaApp,
  headers: Headers,
  fileName: string,
  content: Buffer | string,
  fields: Readonly<Record<string, string>> = {},
): Promise<UploadState> {
  const response = await upload(app, headers, fileName, content, fields);
  assert.equal(response.statusCode, 202, response.body);
  const last = (await settled(app, headers, response.json<{ id: string }>().id)).at(-1);
  assert.ok(last);
  return last;
}
