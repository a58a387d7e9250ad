import { RECORD_TYPE_NAMES } from '@veta/standard';
import { Type, type Static } from 'typebox';
import { payloadParser } from './payload-parser.js';

/** How a share sent a record type: as its clause in force said. */
export const SHARE_FORMS = ['full', 'fields', 'pseudonymised', 'aggregate', 'none'] as const;

/** What a share sent and kept back of one record type, and why: counts, never values. */
export const ShareTally = Type.Object(
  {
    recordType: Type.Enum(RECORD_TYPE_NAMES),
    form: Type.Enum(SHARE_FORMS),
    sent: Type.Integer({ minimum: 0 }),
    withheld: Type.Integer({ minimum: 0 }),
    /** Why the records kept back were kept back, when they were. */
    reason: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type ShareTally = Static<typeof ShareTally>;

/**
 * The last envelope of a share: the sender's own count of what it sent and kept back, which only
 * it can know, so the hub can show both sides of an agreement without holding what was withheld.
 */
export const ShareReport = Type.Object(
  { tallies: Type.Array(ShareTally, { maxItems: RECORD_TYPE_NAMES.length }) },
  { additionalProperties: false },
);
export type ShareReport = Static<typeof ShareReport>;

/** The report, or a sentence saying what is wrong with it. */
export const parseShareReport = payloadParser(ShareReport, 'its report is not a share report');
