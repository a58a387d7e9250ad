// The public API of @veta/standard. Nothing inside the package imports this file.
export { STANDARD_VERSION, SCHEMA_ID_BASE, JSON_SCHEMA_DIALECT } from './version.js';
export { QualityFlag, FlagSeverity, qualityFlag } from './quality-flag.js';
export { Provenance } from './records/provenance.js';
export { REFERENCE_NOTE } from './records/common.js';
export { Party, PersonNameParts, LegalForm } from './records/party.js';
export { Relationship } from './records/relationship.js';
export { MiningRight } from './records/mining-right.js';
export { Registration } from './records/registration.js';
export { ProductionDeclaration } from './records/production-declaration.js';
export { MineralTransaction } from './records/mineral-transaction.js';
export { CustomsDeclaration } from './records/customs-declaration.js';
export { TradeStatistic } from './records/trade-statistic.js';
export { InputTransaction } from './records/input-transaction.js';
export { Assay } from './records/assay.js';
export { GeoFeature } from './records/geo-feature.js';
export { AssetPosition } from './records/asset-position.js';
export { ReferencePrice } from './records/reference-price.js';
export { AreaGeometry } from './records/geometry.js';
export {
  RECORD_SCHEMAS,
  RECORD_TYPE_NAMES,
  isRecordTypeName,
  type RecordTypeName,
  type StandardRecord,
} from './records/catalogue.js';
export { validate, validateStored, type ValidationIssue, type ValidationResult } from './validate.js';
export { recordJsonSchema, schemaId, type JsonSchemaDocument } from './json-schema.js';
export { writeStandard } from './export.js';
export { renderStandardDoc } from './doc.js';
export { listCodeLists, type CodeListTable } from './code-lists.js';
export { dataDirectory } from './data-files.js';
export {
  CanonicalId,
  buildCanonicalId,
  buildGlobalId,
  parseCanonicalId,
  type CanonicalIdResult,
  type ParsedCanonicalId,
} from './canonical-id.js';
export { checkIdentifier, VALIDATED_SCHEMES } from './identifiers/check-identifier.js';
export type { IdentifierCheck } from './identifiers/identifier-check.js';
export { checkPeRuc, peRucCheckDigit, dniOfPersonRuc } from './identifiers/pe-ruc.js';
export { checkPeDni } from './identifiers/pe-dni.js';
export { checkCoNit, coNitCheckDigit } from './identifiers/co-nit.js';
export { checkCoCc } from './identifiers/co-cc.js';
export { checkEcCedula, ecCedulaCheckDigit } from './identifiers/ec-cedula.js';
export { checkEcRuc, ecPrivateRucCheckDigit } from './identifiers/ec-ruc.js';
export { checkBoNit } from './identifiers/bo-nit.js';
export { checkBoNim } from './identifiers/bo-nim.js';
export { IDENTIFIER_RULES, type IdentifierRule } from './identifiers/rules.js';
export { CountryCode, Country, listCountries, resolveCountry, countryByImfCode } from './codes/countries.js';
export {
  REGION_BORDERS,
  REGION_COUNTRIES,
  REGION_TIME_ZONES,
  type RegionCountry,
} from './codes/region-countries.js';
export {
  COMMODITIES,
  METAL_CODES,
  METAL_NAMES,
  MetalCode,
  HsCode,
  commodityForTariffCode,
  formatHsCode,
  type Commodity,
} from './codes/commodities.js';
export * from './codes/vocabularies.js';
export {
  UNITS,
  UNIT_CODES,
  UnitCode,
  Quantity,
  convertUnit,
  normaliseFineness,
  fineContent,
  unitDefinition,
  type Conversion,
  type FinenessScale,
  type FinenessResult,
  type UnitDefinition,
  type Dimension,
} from './units.js';
export {
  Crosswalk,
  listCrosswalks,
  crosswalkById,
  crosswalkFor,
  mapTerm,
  vocabularyValues,
  type TermMapping,
} from './crosswalks.js';
export { NAME_PARTICLES, parsePersonName, type NameOrder } from './names/person-name.js';
export {
  detectLegalForm,
  lookupLegalForm,
  listLegalForms,
  type ElfLegalForm,
  type LegalFormMatch,
} from './names/legal-forms.js';
export { foldForComparison } from './text/fold.js';
export { columnWordConcept } from './text/column-words.js';
export { type Parsed } from './values/parsed.js';
export {
  parseDate,
  fitsDateFormat,
  readDateTime,
  isoDay,
  isRealDay,
  excelSerialDay,
  TWO_DIGIT_YEAR_PIVOT,
  type CalendarDay,
  type TimeOfDay,
  type DateTimeReading,
  type DateOptions,
} from './values/dates.js';
export { monthByName } from './values/months.js';
export { parseTimestamp, timeZoneOf, type TimestampOptions } from './values/timestamps.js';
export {
  parseNumber,
  decimalMarkShown,
  decideDecimalMark,
  type DecimalMark,
  type NumberOptions,
  type ParsedNumber,
} from './values/numbers.js';
export {
  Rulebook,
  RulebookError,
  RULEBOOK_PATH,
  builtinRulebook,
  loadRulebook,
  parseRulebook,
  ruleInForce,
  rulesInForceDuring,
  rulebookThresholds,
  boundRules,
  type BoundRule,
  type Rule,
  RuleTopic,
  RuleFlow,
  LegalSource,
  Authority,
  ChannelAuthorities,
} from './rules/rulebook.js';
export { controlGaps, type ControlGap } from './rules/control-gaps.js';
export { SHARING_PURPOSES, SHARING_PURPOSE_LABELS, SharingPurpose } from './codes/sharing-purposes.js';
export {
  FEDERATION_QUESTIONS,
  FEDERATION_QUESTION_LABELS,
  FederationQuestion,
} from './codes/federation-questions.js';
export {
  DataSharingAgreement,
  SharingClause,
  FieldsClause,
  AggregateClause,
  AggregateSpec,
  FieldPath,
  needsLinkageKey,
  pseudonymisedFields,
  type SharedClause,
} from './federation/agreement-schema.js';
export { readField } from './federation/field-paths.js';
export {
  AgreementError,
  loadAgreement,
  parseAgreement,
  agreementJsonSchema,
} from './federation/agreement.js';
export {
  clauseFor,
  narrowedRecordTypes,
  type AgreementVersion,
  type ClauseInForce,
  type WithheldCode,
  type Withdrawal,
} from './federation/clause.js';
export { CITATION_FIELDS } from './federation/citation-fields.js';
export {
  shareRecord,
  type PersonTokens,
  type ShareOptions,
  type ShareOutcome,
  type SharedFields,
} from './federation/share-record.js';
export {
  aggregateRecords,
  type AggregateRow,
  type Aggregation,
  type GroupValue,
} from './federation/aggregate-records.js';
export {
  ALTERNATIVE_CHANNELS,
  AlternativeChannelSchema,
  CHANNEL_NAMES,
  LEGAL_CHANNELS,
  type AlternativeChannel,
  type LegalChannel,
} from './rules/legal-channel.js';
