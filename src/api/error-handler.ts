import type { FastifyInstance } from 'fastify';
import { isVetaError } from '../core/veta-error.js';
import type { ErrorCode } from '../core/error-codes.js';

/** The body of every error response: a stable code and a sentence the user can act on. */
export interface ErrorBody {
  readonly code: string;
  readonly message: string;
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  USAGE: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  LAYOUT_OUT_OF_SCOPE: 403,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UPLOAD_TOO_LARGE: 413,
  PROFILE_NOT_FOUND: 400,
  LAYOUT_UNRECOGNISED: 422,
};

/** Expected failures keep their code and message; anything else is a 500 that hides its details. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    if (isVetaError(error)) {
      void reply.status(STATUS[error.code] ?? 422).send({ code: error.code, message: error.message });
      return;
    }
    if (isHttpError(error) && error.validation !== undefined) {
      void reply.status(400).send({ code: 'USAGE', message: `The request is invalid: ${error.message}.` });
      return;
    }
    if (isHttpError(error) && error.statusCode !== undefined && error.statusCode < 500) {
      void reply.status(error.statusCode).send({ code: error.code ?? 'USAGE', message: error.message });
      return;
    }
    request.log.error({ err: error }, 'request failed');
    void reply.status(500).send({
      code: 'INTERNAL',
      message: 'Veta failed to answer this request. The server log has the details; please report it.',
    });
  });
  app.setNotFoundHandler((request, reply) => {
    void reply
      .status(404)
      .send({ code: 'NOT_FOUND', message: `There is no ${request.method} ${request.url}.` });
  });
}

interface HttpError {
  statusCode?: number;
  code?: string;
  validation?: unknown;
  message: string;
}

function isHttpError(error: unknown): error is HttpError {
  return error instanceof Error;
}
