import type { FastifyInstance, FastifyRequest } from 'fastify';
import { VetaError } from '../../core/veta-error.js';

/** How deep a JSON body is searched; the body limit keeps bodies small, this keeps the walk bounded. */
const MAX_DEPTH = 32;

/** What makes a value unusable though its schema accepts it. */
type Flaw = 'nul' | 'infinite';

const WHY: Record<Flaw, string> = {
  nul: 'holds a NUL character (\\0), which no text in Veta may contain: remove it',
  infinite: 'is a number too large to hold (1e309 reads as infinity): give a finite number',
};

/**
 * Refuses, with 400 naming the parameter, any path parameter, query parameter or JSON body value
 * that holds a NUL character (PostgreSQL refuses it mid-query) or a number too large to be finite
 * (schemas let Infinity through as an integer). It runs after schema validation, on the values as
 * coerced, before every handler, so no route can forget it.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preHandler', (request, _reply, done) => {
    const found = flawIn(request);
    if (found === null) {
      done();
      return;
    }
    done(new VetaError('USAGE', `The ${found.where} ${WHY[found.flaw]}, and send the request again.`));
  });
}

/** Where the request holds a flawed value, named as the caller sent it; null when nowhere. */
function flawIn(request: FastifyRequest): { where: string; flaw: Flaw } | null {
  const sources: [string, unknown][] = [
    ['path parameter', request.params],
    ['query parameter', request.query],
    ['body field', request.body],
  ];
  for (const [kind, value] of sources) {
    const found = flawAt(value, '', 0);
    if (found !== null)
      return { where: found.path === '' ? 'body' : `${kind} "${found.path}"`, flaw: found.flaw };
  }
  return null;
}

/** The dotted path to the first flawed value (or key), and its flaw; null when there is none. */
function flawAt(value: unknown, path: string, depth: number): { path: string; flaw: Flaw } | null {
  if (typeof value === 'string') return value.includes('\0') ? { path, flaw: 'nul' } : null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : { path, flaw: 'infinite' };
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH || Buffer.isBuffer(value)) return null;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = Array.isArray(value) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
    if (key.includes('\0')) return { path: itemPath, flaw: 'nul' };
    const found = flawAt(item, itemPath, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
