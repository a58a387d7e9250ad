import { Type } from 'typebox';

/** The body of every error answer (see error-handler.ts, which sends it). */
export const ErrorBody = Type.Object({
  code: Type.String({ description: 'A stable error code, e.g. NOT_FOUND.' }),
  message: Type.String({ description: 'A sentence saying what went wrong and what to do.' }),
});

/**
 * The error statuses a route can answer with. Every route may answer 400 (the input guard reads
 * any query string) and 500; the rest depend on what the route does.
 */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500;

/** What every route that needs a signed-in caller can answer: bad input, not signed in, not allowed, failure. */
export const SIGNED_IN = [400, 401, 403, 500] as const;

/** What a public route can answer: bad input, failure. */
export const PUBLIC = [400, 500] as const;

/** What a route taking a JSON body can answer besides: too large, not JSON. */
export const WITH_BODY = [413, 415] as const;

/** The response schemas of the given error statuses, to spread into a route's `response`. */
export function errorResponses<const S extends ErrorStatus>(
  ...statuses: readonly S[]
): Record<S, typeof ErrorBody> {
  return Object.fromEntries(statuses.map((status) => [status, ErrorBody])) as Record<S, typeof ErrorBody>;
}
