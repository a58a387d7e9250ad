import { listCountries } from '../codes/countries.js';
import { RECORD_TYPE_NAMES, type RecordTypeName } from '../records/catalogue.js';
import type { AggregateSpec, DataSharingAgreement, SharingClause } from './agreement-schema.js';
import { covers } from './field-paths.js';
import { lookupField, type RecordField } from './record-fields.js';

// What the schema cannot say: the agreement's own dates and nodes, and that every field a clause
// names is a field of its record type, of the kind the clause needs. Each problem starts with the
// JSON path of the value to fix.

// A sum of amounts in several currencies, or of kilograms and litres, means nothing: a measure
// beside one of these is summed only within one value of it.
const UNIT_SIBLINGS = ['currency', 'unit'] as const;

/** Every mistake of an agreement that its schema lets through, each naming where it is. */
export function agreementProblems(agreement: DataSharingAgreement): string[] {
  const problems: string[] = [];
  if (agreement.validUntil < agreement.validFrom)
    problems.push(
      `/validUntil ${agreement.validUntil} is before /validFrom ${agreement.validFrom}: the agreement would never be in force`,
    );
  if (agreement.from === agreement.to)
    problems.push(`/to ${agreement.to} is the sending node itself: name the node that receives`);
  if (!listCountries().some((country) => country.alpha2 === agreement.from))
    problems.push(`/from ${agreement.from} is not a country of the countries code list`);
  for (const recordType of RECORD_TYPE_NAMES) {
    const clause = agreement.records[recordType];
    if (clause !== undefined) problems.push(...clauseProblems(recordType, clause));
  }
  return problems;
}

function clauseProblems(recordType: RecordTypeName, clause: SharingClause): string[] {
  const at = `/records/${recordType}`;
  if (typeof clause === 'string') return [];
  if ('fields' in clause)
    return [
      ...clause.fields.flatMap((path, index) => fieldProblems(recordType, `${at}/fields/${index}`, path)),
      ...(clause.pseudonymised ?? []).flatMap((path, index) =>
        clause.fields.some((field) => covers(field, path))
          ? pseudonymisedProblems(recordType, `${at}/pseudonymised/${index}`, path)
          : [
              `${at}/pseudonymised/${index} "${path}" is not a field the clause shares: add it to fields or remove it`,
            ],
      ),
    ];
  return aggregateProblems(recordType, `${at}/aggregate`, clause.aggregate);
}

function aggregateProblems(recordType: RecordTypeName, at: string, spec: AggregateSpec): string[] {
  const problems: string[] = [];
  spec.by.forEach((path, index) => {
    problems.push(
      ...fieldProblems(recordType, `${at}/by/${index}`, path, (field) => {
        if (field.kind === 'date') return 'is a date: totals are already by month of the date field';
        if (field.kind === 'value' || field.kind === 'number') return undefined;
        return `is ${article(field.kind)}: break totals down by a single value inside it`;
      }),
    );
  });
  (spec.pseudonymised ?? []).forEach((path, index) => {
    problems.push(
      ...(spec.by.includes(path)
        ? pseudonymisedProblems(recordType, `${at}/pseudonymised/${index}`, path)
        : [
            `${at}/pseudonymised/${index} "${path}" is not a field the totals are broken down by: add it to by or remove it`,
          ]),
    );
  });
  spec.measures.forEach((path, index) => {
    problems.push(
      ...fieldProblems(recordType, `${at}/measures/${index}`, path, (field) => {
        if (field.kind !== 'number')
          return `is ${article(field.kind)}, not a number: only numbers are summed`;
        const parent = path.split('.').slice(0, -1);
        const unit = UNIT_SIBLINGS.find((name) => field.siblings.includes(name));
        const unitPath = unit === undefined ? undefined : [...parent, unit].join('.');
        if (unitPath === undefined || spec.by.includes(unitPath)) return undefined;
        return `is summed across ${unitPath} values: add ${unitPath} to by`;
      }),
    );
  });
  problems.push(
    ...fieldProblems(recordType, `${at}/date`, spec.date, (field) =>
      field.kind === 'date' ? undefined : `is ${article(field.kind)}, not a date: name a date field`,
    ),
  );
  return problems;
}

// A token replaces one identifier: a list or an object of them would go out as it is.
function pseudonymisedProblems(recordType: RecordTypeName, at: string, path: string): string[] {
  return fieldProblems(recordType, at, path, (field) =>
    field.kind === 'value'
      ? undefined
      : `is ${article(field.kind)}: only a single identifier is pseudonymised (share the record type pseudonymised instead)`,
  );
}

function fieldProblems(
  recordType: RecordTypeName,
  at: string,
  path: string,
  check: (field: RecordField) => string | undefined = () => undefined,
): string[] {
  const found = lookupField(recordType, path);
  if (!found.ok) return [`${at} "${path}": ${found.problem}`];
  const problem = check(found.field);
  return problem === undefined ? [] : [`${at} "${path}" ${problem}`];
}

function article(kind: RecordField['kind']): string {
  return {
    number: 'a number',
    date: 'a date',
    value: 'a single value',
    object: 'an object',
    array: 'an array',
    mixed: 'a value of several shapes',
  }[kind];
}
