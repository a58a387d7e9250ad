import { Type } from 'typebox';
import { isoDay, parseDate, parseNumber, type NumberOptions, type QualityFlag } from '@veta/standard';
import { canonical } from './identifiers.js';
import { numberOptions } from './numbers.js';
import { crosswalkCode } from './terms.js';
import { cell, problem, value, type TransformDefinition } from './transform.js';

const InterestParams = Type.Object(
  {
    use: Type.Literal('interest'),
    required: Type.Optional(Type.Boolean()),
    /** The interest type: fixed (a BODS code), or the column whose term the interest-type crosswalk maps. */
    type: Type.Optional(Type.String()),
    typeColumn: Type.Optional(Type.String()),
    /** Share in per cent: exact (35.5) or a range (25-50, >25, <=10). */
    shareColumn: Type.Optional(Type.String()),
    /** The company an indirect interest is held through, and its identifier scheme. */
    viaColumn: Type.Optional(Type.String()),
    viaScheme: Type.Optional(Type.String()),
    startColumn: Type.Optional(Type.String()),
    beneficial: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

type Share = Record<string, number | boolean>;

/**
 * One interest of a Relationship (BODS): its type, share, whether direct, and since when. An interest
 * held through an intermediary company is indirect, via that company.
 */
export const interestTransform: TransformDefinition<typeof InterestParams> = {
  name: 'interest',
  summary: 'An ownership or control interest: type, share (exact or range), direct or via a company.',
  params: InterestParams,
  run(params, input) {
    const interest: Record<string, unknown> = {};
    const national = cell(input, params.typeColumn);
    if (params.typeColumn !== undefined && national !== '') {
      const code = crosswalkCode(input, params.typeColumn, national);
      if (typeof code !== 'string') return code;
      Object.assign(interest, { type: code, national });
    } else {
      interest.type = params.type ?? 'unknownInterest';
    }
    const shareText = cell(input, params.shareColumn);
    const share =
      shareText === '' || params.shareColumn === undefined
        ? undefined
        : parseShare(shareText, numberOptions(input, params.shareColumn));
    if (share === null)
      return problem(
        'SHARE_INVALID',
        `"${shareText}" is not a share in per cent from 0 to 100.`,
        params.shareColumn,
      );
    const flags: QualityFlag[] = [];
    const viaText = cell(input, params.viaColumn);
    if (viaText !== '') {
      const via = canonical(input.country ?? '', params.viaScheme ?? '', viaText);
      if (!via.ok) return via;
      interest.via = via.value;
      flags.push(...(via.flags ?? []));
    }
    interest.directOrIndirect = viaText === '' ? 'direct' : 'indirect';
    if (params.beneficial !== undefined) interest.beneficialOwnershipOrControl = params.beneficial;
    if (share) interest.share = share;
    const startText = cell(input, params.startColumn);
    if (startText !== '') {
      const start = parseDate(startText, { formats: input.dateFormats });
      if (!start.ok) return problem(start.code, start.message, params.startColumn);
      interest.startDate = isoDay(start.value);
      flags.push(...start.flags);
    }
    return value(interest, flags);
  },
};

const RANGE = /^(\d+(?:[.,]\d+)?)\s*%?\s*-\s*(\d+(?:[.,]\d+)?)\s*%?$/;
const BOUND = /^(>=|<=|>|<)\s*(\d+(?:[.,]\d+)?)\s*%?$/;

/** A share in per cent as a BODS share object, or null when the text is not one within 0-100. */
export function parseShare(text: string, options: NumberOptions): Share | null {
  const number = (part: string | undefined): number | undefined => {
    const read = part === undefined ? undefined : parseNumber(part, options);
    return read?.ok === true ? read.value.value : undefined;
  };
  const inRange = (n: number | undefined): n is number => n !== undefined && n >= 0 && n <= 100;
  const range = RANGE.exec(text);
  if (range) {
    const [minimum, maximum] = [number(range[1]), number(range[2])];
    return inRange(minimum) && inRange(maximum) && minimum <= maximum ? { minimum, maximum } : null;
  }
  const bound = BOUND.exec(text);
  if (bound) {
    const limit = number(bound[2]);
    if (!inRange(limit)) return null;
    const exclusive = !(bound[1] ?? '').includes('=');
    return (bound[1] ?? '').startsWith('>')
      ? { minimum: limit, exclusiveMinimum: exclusive }
      : { maximum: limit, exclusiveMaximum: exclusive };
  }
  const exact = number(text.replace(/\s*%$/, ''));
  return inRange(exact) ? { exact } : null;
}
