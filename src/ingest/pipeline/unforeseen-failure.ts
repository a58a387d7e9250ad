import { VetaError } from '../../core/veta-error.js';

/**
 * The one sentence a user reads when loading a file fails in a way Veta did not foresee (a bug, not
 * the file's fault as far as anyone knows): what happened to their data and what to do, never the
 * error itself, whose message and stack may name server paths and internals. The cause is kept for
 * the log only.
 */
export function unforeseenFailure(file: string, cause: unknown): VetaError {
  return new VetaError(
    'INTERNAL',
    `${file} could not be loaded: it stopped in a way Veta did not foresee, and nothing was stored. Check the file opens in a spreadsheet or text editor; if it does, report it with the log.`,
    { cause },
  );
}
