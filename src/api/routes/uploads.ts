import { randomUUID } from 'node:crypto';
import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { isVetaError, VetaError } from '../../core/veta-error.js';
import { countriesConcerned, countriesOfScope } from '../../audit/audit-countries.js';
import { profilesByName } from '../../ingest/pipeline/recognise.js';
import { audit } from '../audit-request.js';
import { presentUpload } from '../presenters/data-presenter.js';
import { requirePermission } from '../request-actor.js';
import { UploadParams, UploadState } from '../schemas/data-schemas.js';
import { receiveUpload } from '../uploads/receive-upload.js';
import { UploadFolder } from '../uploads/upload-folder.js';
import { UploadLoader } from '../uploads/upload-loader.js';
import { UploadRegistry } from '../uploads/upload-registry.js';
import { checkUploadScope } from '../uploads/upload-scope.js';
import { errorResponses, SIGNED_IN, WITH_BODY } from '../schemas/error-responses.js';

/**
 * POST /uploads and GET /uploads/:id: a national file sent from the browser, written to disk as it
 * arrives, then loaded in the background by the ingestion pipeline while the caller polls.
 */
export const uploadRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const limit = app.uploadLimitBytes;
  await app.register(multipart, { limits: { fileSize: limit, files: 1, fields: 10 } });
  const registry = new UploadRegistry();
  const folder = new UploadFolder(app.uploadDirs);
  await UploadFolder.sweepAbandoned();
  const loader = new UploadLoader(app.db, app.profiles, folder, app.log);
  // Closing waits for loads under way: the database must not close under a transaction. Then
  // nothing can still need the working folder.
  app.addHook('onClose', async () => {
    await loader.idle();
    await folder.remove();
  });

  app.post(
    '/uploads',
    {
      schema: {
        tags: ['data'],
        summary: 'Upload a national file (multipart/form-data, one file part) to be loaded',
        description: `The file is streamed to disk and loaded in the background; poll GET /uploads/{id}. Files over the server's limit are refused with 413, and files of a layout outside the caller's countries (or a regional layout, to a caller without regional scope) with 403. The body is one multipart file part and an optional field "force" ("true" loads the file again even if it was loaded before, so that its records replace a later version's); it is not described as a schema because it is streamed, never parsed whole.`,
        consumes: ['multipart/form-data'],
        response: {
          202: Type.Object({ id: Type.String() }),
          ...errorResponses(...SIGNED_IN, ...WITH_BODY, 422),
        },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'ingest');
      const part = request.isMultipart() ? await request.file() : undefined;
      if (!part) {
        throw new VetaError('USAGE', 'Send the file as multipart/form-data with one file part.');
      }
      const id = randomUUID();
      const received = await receiveUpload(part, await folder.create(id), limit);
      const force = isForced(part);
      try {
        await checkUploadScope(received.path, app.profiles, actor.scope);
        await audit(request, {
          action: 'upload.received',
          subjectKind: 'upload',
          subjectId: id,
          // The countries of the layouts its name may be: the header is read only when it loads.
          countries: countriesConcerned(
            actor.scope,
            profilesByName(received.fileName, app.profiles).map((loaded) => loaded.profile.country),
          ),
          details: { file: received.fileName, sizeBytes: received.sizeBytes, force },
        });
      } catch (error) {
        await folder.discard(received);
        if (isVetaError(error, 'LAYOUT_OUT_OF_SCOPE')) {
          // A probe at another country's or agency's data leaves a trace for the uploader's own
          // administrators; the subject's are not told the prober's name.
          await audit(request, {
            action: 'upload.refused',
            subjectKind: 'upload',
            subjectId: id,
            countries: countriesOfScope(actor.scope.countries),
            details: { file: received.fileName, sizeBytes: received.sizeBytes, reason: error.message },
          });
        }
        throw error;
      }
      const queued = registry.add(id, actor.userId, received.fileName, received.sizeBytes);
      loader.enqueue(queued, received, { scope: actor.scope, force });
      return reply.code(202).send({ id: queued.id });
    },
  );

  app.get(
    '/uploads/:id',
    {
      schema: {
        tags: ['data'],
        summary: 'How an upload is going: status, fraction read, rows, and the report once loaded',
        params: UploadParams,
        response: { 200: UploadState, ...errorResponses(...SIGNED_IN, 404) },
      },
    },
    (request) => {
      const actor = requirePermission(request, 'ingest');
      const upload = registry.get(request.params.id, actor.userId);
      if (!upload) throw new VetaError('NOT_FOUND', `There is no upload ${request.params.id} of yours.`);
      return presentUpload(upload);
    },
  );
};

/** Whether the form asked to load the file again even if it was loaded before (a field "force" of "true"). */
function isForced(part: MultipartFile): boolean {
  const field = part.fields.force;
  const value = Array.isArray(field) ? field[0] : field;
  return value?.type === 'field' && value.value === 'true';
}
