import { EnvelopeRefused, type RefusalReason } from '../envelope.js';

/** What became of one envelope at the receiver. */
export type DeliveryOutcome =
  { status: 'applied' } | { status: 'refused'; reason: RefusalReason; message: string; retryable: boolean };

/** What a receive did: envelopes applied, and each refused with where it came from and why. */
export interface ReceiveReport {
  applied: number;
  refused: { origin: string; reason: RefusalReason; message: string }[];
}

/**
 * Turns an apply into an outcome: a refusal is the envelope's fate, reported and never retried;
 * any other failure is the receiver's, thrown so the transport offers the envelope again.
 */
export async function deliverWith(
  apply: (value: unknown) => Promise<unknown>,
  value: unknown,
): Promise<DeliveryOutcome> {
  try {
    await apply(value);
    return { status: 'applied' };
  } catch (error) {
    if (error instanceof EnvelopeRefused)
      return { status: 'refused', reason: error.reason, message: error.message, retryable: error.retryable };
    throw error;
  }
}
