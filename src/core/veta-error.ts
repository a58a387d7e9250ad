import { ERROR_CODES, type ErrorCode } from './error-codes.js';

/** An expected failure with a stable code and a sentence that tells the user what to do. */
export class VetaError extends Error {
  override readonly name = 'VetaError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Usage errors exit with 2, everything else with 1, as the CLI promises. */
  get exitCode(): 1 | 2 {
    return ERROR_CODES[this.code].usage ? 2 : 1;
  }
}

/** True when a value is a VetaError with the given code (or any code when none is given). */
export function isVetaError(value: unknown, code?: ErrorCode): value is VetaError {
  return value instanceof VetaError && (code === undefined || value.code === code);
}
