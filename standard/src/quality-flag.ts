import { Type, type Static } from 'typebox';

/** How much a flag should worry a reader: an ERROR makes the value unusable as given. */
export const FlagSeverity = Type.Enum(['ERROR', 'WARNING', 'INFO'], {
  description: 'ERROR: the value cannot be used as given; WARNING: usable but suspect; INFO: a note.',
});
export type FlagSeverity = Static<typeof FlagSeverity>;

/** A data-quality flag: records are kept and flagged, never rejected, for expected problems. */
export const QualityFlag = Type.Object(
  {
    code: Type.String({ pattern: '^[A-Z][A-Z0-9_]*$', description: 'Stable code, e.g. RUC_CHECK_DIGIT.' }),
    message: Type.String({ description: 'What is wrong and, where possible, what to do.' }),
    field: Type.Optional(Type.String({ description: 'The record field (or source column) concerned.' })),
    severity: Type.Optional(FlagSeverity),
  },
  { additionalProperties: false },
);
export type QualityFlag = Static<typeof QualityFlag>;

/** Builds a quality flag; severity defaults to WARNING because most flags leave the value usable. */
export function qualityFlag(
  code: string,
  message: string,
  field?: string,
  severity: FlagSeverity = 'WARNING',
): QualityFlag {
  return field === undefined ? { code, message, severity } : { code, message, field, severity };
}
