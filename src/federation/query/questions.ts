import { Type, type Static } from 'typebox';
import { payloadParser } from '../payload-parser.js';

const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' });
const Identifier = Type.String({ minLength: 3, maxLength: 200 });

/** A question a hub asks a node, as the query envelope's payload carries it. */
export const Question = Type.Union([
  Type.Object(
    { kind: Type.Literal('IDENTIFIER_REGISTERED'), identifier: Identifier },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('EXPORTER_TOTALS'), exporter: Identifier, from: Month, to: Month },
    { additionalProperties: false },
  ),
]);
export type Question = Static<typeof Question>;

const Count = Type.Integer({ minimum: 0 });
const Kilograms = Type.Number({ minimum: 0 });

/** The registers (national layouts) that hold an identifier, and how many records in each. */
export const RegisteredAnswer = Type.Object(
  {
    registered: Type.Boolean(),
    registers: Type.Array(
      Type.Object({ layout: Type.String({ minLength: 1 }), records: Count }, { additionalProperties: false }),
    ),
  },
  { additionalProperties: false },
);
export type RegisteredAnswer = Static<typeof RegisteredAnswer>;

/** An exporter's gold, month by month: bought (fine and gross kg) and declared produced. */
export const ExporterTotalsAnswer = Type.Object(
  {
    months: Type.Array(
      Type.Object(
        {
          month: Month,
          boughtFineKg: Kilograms,
          boughtGrossKg: Kilograms,
          purchases: Count,
          producedKg: Kilograms,
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type ExporterTotalsAnswer = Static<typeof ExporterTotalsAnswer>;

/** What an answer envelope carries: the question's answer, or why the node refused it. */
export const AnswerPayload = Type.Union([
  Type.Object(
    {
      inReplyTo: Type.String(),
      question: Question,
      answer: Type.Union([RegisteredAnswer, ExporterTotalsAnswer]),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      inReplyTo: Type.String(),
      question: Type.Union([Question, Type.Null()]),
      refused: Type.String({ minLength: 1 }),
    },
    { additionalProperties: false },
  ),
]);
export type AnswerPayload = Static<typeof AnswerPayload>;

/** The answer in a reply's payload, or a sentence saying why it is none. */
export const parseAnswer = payloadParser(
  AnswerPayload,
  'the reply neither answers nor refuses a question as Veta asks it',
);

/** The question in a payload, or a sentence saying why it is none. */
export const parseQuestion = payloadParser(Question, 'the query is not a question Veta knows');

/** The question in words, for the audit trail and the command line. */
export function describeQuestion(question: Question): string {
  return question.kind === 'IDENTIFIER_REGISTERED'
    ? `is ${question.identifier} registered, and where`
    : `monthly gold totals of exporter ${question.exporter} from ${question.from} to ${question.to}`;
}
