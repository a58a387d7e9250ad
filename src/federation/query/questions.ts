import { Type, type Static } from 'typebox';
import { Compile } from 'typebox/compile';

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

/** The registers (national layouts) that hold an identifier, and how many records in each. */
export interface RegisteredAnswer {
  registered: boolean;
  registers: { layout: string; records: number }[];
}

/** An exporter's gold, month by month: bought (fine and gross kg) and declared produced. */
export interface ExporterTotalsAnswer {
  months: {
    month: string;
    boughtFineKg: number;
    boughtGrossKg: number;
    purchases: number;
    producedKg: number;
  }[];
}

/** What an answer envelope carries: the question's answer, or why the node refused it. */
export type AnswerPayload =
  | { inReplyTo: string; question: Question; answer: RegisteredAnswer | ExporterTotalsAnswer }
  | { inReplyTo: string; question: Question | null; refused: string };

const questionCheck = Compile(Question);

/** The question in a payload, or a sentence saying why it is none. */
export function parseQuestion(value: unknown): Question | string {
  if (questionCheck.Check(value)) return value;
  const problems = [...questionCheck.Errors(value)].map(
    (error) => `${error.instancePath || '/'} ${error.message}`,
  );
  return `the query is not a question Veta knows: ${problems.slice(0, 3).join('; ')}`;
}

/** The question in words, for the audit trail and the command line. */
export function describeQuestion(question: Question): string {
  return question.kind === 'IDENTIFIER_REGISTERED'
    ? `is ${question.identifier} registered, and where`
    : `monthly gold totals of exporter ${question.exporter} from ${question.from} to ${question.to}`;
}
