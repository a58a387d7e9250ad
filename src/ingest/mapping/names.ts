import { Type } from 'typebox';
import { checkIdentifier, detectLegalForm, parseCanonicalId, parsePersonName } from '@veta/standard';
import { canonical } from './identifiers.js';
import { termMapping } from './terms.js';
import { cell, EMPTY, problem, value, type TransformDefinition } from './transform.js';

const PersonNameParams = Type.Object(
  {
    use: Type.Literal('person-name'),
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    order: Type.Optional(Type.Union([Type.Literal('GIVEN_FIRST'), Type.Literal('SURNAMES_FIRST')])),
  },
  { additionalProperties: false },
);

/** A full person name taken apart into given names and both surnames, spelling kept. */
export const personNameTransform: TransformDefinition<typeof PersonNameParams> = {
  name: 'person-name',
  summary: 'A full person name split into given names and paternal and maternal surnames.',
  params: PersonNameParams,
  run(params, input) {
    const text = cell(input, params.column);
    return text === '' ? EMPTY : value(parsePersonName(text, params.order ?? 'GIVEN_FIRST'));
  },
};

const OrganisationNameParams = Type.Object(
  { use: Type.Literal('organisation-name'), column: Type.String(), required: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

/** An organisation's name split into its legal name and its legal form (S.A.C., SAS, Cía. Ltda.). */
export const organisationNameTransform: TransformDefinition<typeof OrganisationNameParams> = {
  name: 'organisation-name',
  summary: 'An organisation name split into legal name and ISO 20275 legal form.',
  params: OrganisationNameParams,
  run(params, input) {
    const text = cell(input, params.column);
    if (text === '') return EMPTY;
    const match = detectLegalForm(text, input.country);
    return value(match ? { legalName: match.legalName, legalForm: match.legalForm } : { legalName: text });
  },
};

const PartyKindParams = Type.Object(
  {
    use: Type.Literal('party-kind'),
    /** The column holding a canonical identifier's source value, and its scheme. */
    column: Type.String(),
    scheme: Type.Optional(Type.String()),
    schemeColumn: Type.Optional(Type.String()),
    /** The kind when the identifier does not tell. */
    fallback: Type.Union([Type.Literal('PERSON'), Type.Literal('ORGANISATION')]),
  },
  { additionalProperties: false },
);

/** Person or organisation, as the identifier tells it (a Peruvian RUC 10... is a person, 20... a company). */
export const partyKindTransform: TransformDefinition<typeof PartyKindParams> = {
  name: 'party-kind',
  summary: 'PERSON or ORGANISATION, read from the identifier where its scheme tells.',
  params: PartyKindParams,
  run(params, input) {
    const raw = cell(input, params.column);
    const term = cell(input, params.schemeColumn);
    const scheme =
      params.scheme ??
      (params.schemeColumn && term ? termMapping(input, params.schemeColumn, term)?.code : undefined);
    if (raw === '' || scheme === undefined || input.country === undefined) return value(params.fallback);
    return value(checkIdentifier(input.country, scheme, raw).holderKind ?? params.fallback);
  },
};

const DocumentParams = Type.Object(
  {
    use: Type.Literal('document'),
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    part: Type.Union([Type.Literal('id'), Type.Literal('name'), Type.Literal('kind')]),
  },
  { additionalProperties: false },
);

const DOCUMENT = /^\s*([A-Za-z]{2,4})\.?\s+([0-9][0-9.\- ]*[0-9])\s+(.+?)\s*$/;

/**
 * One party written as 'NIT 900123456-7 MINERA EL ORO S.A.S.' or 'CC 12345678 JUAN PÉREZ' (how
 * Colombian titles list their holders): its canonical id, its name, or its kind.
 */
export const documentTransform: TransformDefinition<typeof DocumentParams> = {
  name: 'document',
  summary: "A party written as 'SCHEME NUMBER NAME': its canonical id, name or kind.",
  params: DocumentParams,
  run(params, input) {
    const text = cell(input, params.column);
    if (text === '') return EMPTY;
    const match = DOCUMENT.exec(text);
    if (!match?.[1] || !match[2] || !match[3]) {
      return problem('DOCUMENT_INVALID', `"${text}" is not written as a document type, a number and a name.`);
    }
    if (params.part === 'name') return value(match[3]);
    const [number, checkDigit] = splitCheckDigit(match[1].toUpperCase(), match[2]);
    const id = canonical(input.country ?? '', match[1].toUpperCase(), number, checkDigit);
    if (params.part === 'id' || !id.ok) return id;
    const parsed = typeof id.value === 'string' ? parseCanonicalId(id.value) : undefined;
    const holder =
      parsed?.kind === 'SCOPED'
        ? checkIdentifier(parsed.country, parsed.scheme, parsed.value).holderKind
        : undefined;
    return value(holder ?? (match[1].toUpperCase() === 'NIT' ? 'ORGANISATION' : 'PERSON'));
  },
};

/** A Colombian NIT written 900123456-7 carries its check digit after the hyphen. */
function splitCheckDigit(scheme: string, number: string): [string, string | undefined] {
  const hyphen = /^(.*\d)-(\d)$/.exec(number.trim());
  return scheme === 'NIT' && hyphen?.[1] && hyphen[2] ? [hyphen[1], hyphen[2]] : [number, undefined];
}
