import { Type, type Static } from 'typebox';
import { CaseStatusSchema, SeveritySchema } from './alert-schemas.js';
import { Bilingual } from './common.js';

const Tally = {
  alerts: Type.Integer({ minimum: 0 }),
  valueAtStakeUsd: Type.Number({ description: 'Sum of the value-at-stake figure of each alert, USD.' }),
  unaccountedFineKg: Type.Number({
    description: 'Sum of the unaccounted fine gold figure of each alert, kg.',
  }),
};

/** GET /overview: the unresolved alerts in scope and what they put at stake. */
export const Overview = Type.Object({
  unresolvedStatuses: Type.Array(CaseStatusSchema, {
    description: 'The case statuses counted as unresolved.',
  }),
  unresolved: Type.Object(Tally),
  bySeverity: Type.Array(Type.Object({ severity: SeveritySchema, ...Tally }), {
    description: 'Every severity, critical first.',
  }),
  byTypology: Type.Array(Type.Object({ typology: Type.String(), typologyName: Bilingual, ...Tally }), {
    description: 'Typologies with unresolved alerts, the most alerts first.',
  }),
  byStatus: Type.Record(Type.String(), Type.Integer({ minimum: 0 }), {
    description: 'All alerts in scope by case status.',
  }),
  figures: Type.Object(
    {
      valueAtStakeUsd: Type.Array(Type.String()),
      unaccountedFineKg: Type.Array(Type.String()),
    },
    { description: 'The alert figures summed, in order of preference: an alert counts the first it has.' },
  ),
});
export type Overview = Static<typeof Overview>;
