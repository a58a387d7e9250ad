import { Type, type TEnum, type TEnumValue } from 'typebox';

// The harmonised code lists ("shared typologies"). National terms never appear here: crosswalks in
// data/crosswalks map them onto these values, and records keep the national term beside the code.
// Interest and PEP codes reuse BODS 0.4 spellings so that ownership data converts without a table.

export const PARTY_KINDS = ['PERSON', 'ORGANISATION', 'COOPERATIVE', 'STATE_BODY'] as const;
export const PARTY_ROLES = [
  'MINER',
  'SUBSISTENCE_MINER',
  'PROCESSING_PLANT',
  'TRADER',
  'EXPORTER',
  'IMPORTER',
  'REFINER',
  'INPUT_SUPPLIER',
  'TRANSPORTER',
  'LAB',
  'AUTHORITY',
] as const;
export const REGISTRATION_STATUSES = ['ACTIVE', 'SUSPENDED', 'CANCELLED', 'REJECTED'] as const;
export const DOMICILE_CONDITIONS = ['LOCATED', 'NOT_LOCATED'] as const;
export const PEP_STATUSES = ['isPep', 'isNotPep', 'unknown'] as const;
export const INTEREST_TYPES = [
  'shareholding',
  'votingRights',
  'appointmentOfBoard',
  'boardMember',
  'seniorManagingOfficial',
  'legalRepresentative',
  'nominee',
  'rightsToProfitOrIncome',
  'otherInfluenceOrControl',
  'unknownInterest',
] as const;
export const DIRECT_OR_INDIRECT = ['direct', 'indirect', 'unknown'] as const;
export const MINING_RIGHT_STATUSES = ['IN_FORCE', 'IN_PROCESS', 'SUSPENDED', 'EXTINCT'] as const;
export const MINING_RIGHT_KINDS = [
  'CONCESSION',
  'MINING_CONTRACT',
  'LICENCE',
  'TEMPORARY_AUTHORISATION',
  'TRANSITORY_SPECIAL_AUTHORISATION',
  'FORMALISATION_REGISTRATION',
  'FORMALISATION_SUBCONTRACT',
  'SPECIAL_RESERVE_AREA',
  'COOPERATIVE_CONTRACT',
  'PRIVATE_PROPERTY_RECOGNITION',
  'OTHER',
] as const;
export const STRATA = ['LARGE', 'MEDIUM', 'SMALL', 'ARTISANAL', 'SUBSISTENCE', 'IN_FORMALISATION'] as const;
export const SUBSTANCES = ['METALLIC', 'NON_METALLIC'] as const;
export const ACTOR_TYPES = ['STATE', 'PRIVATE', 'COOPERATIVE'] as const;
export const REGISTERS = [
  'RUCOM',
  'REINFO',
  'NIM',
  'CONTROLLED_INPUTS',
  'TAX_REGISTER',
  'COMPANY_REGISTER',
  'BENEFICIAL_OWNERSHIP',
] as const;
export const REGISTRATION_CLASSES = [
  'TRADER',
  'MINING_TITLE_HOLDER',
  'SUBSISTENCE_MINER',
  'LEGALISATION_APPLICANT',
  'FORMALISATION_SUBCONTRACTOR',
  'PROCESSING_PLANT',
  'MINER_IN_FORMALISATION',
  'INPUT_USER',
] as const;
export const TRADE_FLOWS = ['EXPORT', 'IMPORT', 'RE_EXPORT', 'RE_IMPORT', 'DOMESTIC'] as const;
export const TRANSACTION_KINDS = ['PURCHASE', 'SALE'] as const;
export const PAYMENT_METHODS = ['CASH', 'TRANSFER', 'CHEQUE', 'OTHER'] as const;
export const CONTROLLED_INPUTS = [
  'MERCURY',
  'SODIUM_CYANIDE',
  'POTASSIUM_CYANIDE',
  'DIESEL',
  'GASOLINE',
  'AMMONIUM_NITRATE',
  'EXPLOSIVES',
] as const;
export const IDENTIFIER_SCHEMES = [
  'RUC',
  'DNI',
  'CE',
  'PASSPORT',
  'NIT',
  'CC',
  'CI',
  'NIM',
  'MR',
  'DAM',
  'DEX',
  'REFRENDO',
  'FORM',
] as const;
export const ASSET_TYPES = ['TANKER', 'EXCAVATOR', 'DREDGE', 'TRUCK', 'OTHER'] as const;
export const GEO_FEATURE_KINDS = ['SATELLITE_DETECTION', 'PROTECTED_AREA', 'INDIGENOUS_TERRITORY'] as const;
export const YES_NO = ['YES', 'NO'] as const;
export const PERIOD_GRANULARITIES = ['DAY', 'MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'] as const;
export const VALUATION_BASES = ['FOB', 'CIF'] as const;

/** A harmonised code list: its name, what it classifies and its codes. */
export interface Vocabulary {
  readonly name: string;
  readonly description: string;
  readonly values: readonly string[];
}

/** Every harmonised code list, by the name crosswalks use as their target. */
export const VOCABULARIES: readonly Vocabulary[] = [
  { name: 'partyKind', description: 'What a party is (BODS person or entity types).', values: PARTY_KINDS },
  { name: 'partyRole', description: 'Roles a party plays in the minerals chain.', values: PARTY_ROLES },
  {
    name: 'registrationStatus',
    description: 'Status of an entry in a register (taxpayer, company, RUCOM, REINFO).',
    values: REGISTRATION_STATUSES,
  },
  {
    name: 'domicileCondition',
    description: 'Whether the tax authority could locate the declared domicile.',
    values: DOMICILE_CONDITIONS,
  },
  { name: 'pepStatus', description: 'Politically-exposed status (BODS 0.4 codes).', values: PEP_STATUSES },
  {
    name: 'interestType',
    description: 'Nature of an interest (BODS 0.4 codes; legalRepresentative is a Veta extension).',
    values: INTEREST_TYPES,
  },
  {
    name: 'directOrIndirect',
    description: 'Whether an interest is held directly.',
    values: DIRECT_OR_INDIRECT,
  },
  {
    name: 'miningRightStatus',
    description: 'Harmonised legal status of a mining right.',
    values: MINING_RIGHT_STATUSES,
  },
  {
    name: 'miningRightKind',
    description: 'Kind of mining right or authorisation.',
    values: MINING_RIGHT_KINDS,
  },
  { name: 'stratum', description: 'Size stratum of a mining operation.', values: STRATA },
  { name: 'substance', description: 'Metallic or non-metallic substance of a right.', values: SUBSTANCES },
  { name: 'actorType', description: 'State, private or cooperative mining actor.', values: ACTOR_TYPES },
  { name: 'register', description: 'National registers a party may be entered in.', values: REGISTERS },
  {
    name: 'registrationClass',
    description: 'Class of a registration (what the party is registered as).',
    values: REGISTRATION_CLASSES,
  },
  { name: 'tradeFlow', description: 'Direction of a movement of goods.', values: TRADE_FLOWS },
  {
    name: 'transactionKind',
    description: 'Purchase or sale, seen from the declarant.',
    values: TRANSACTION_KINDS,
  },
  { name: 'paymentMethod', description: 'How a mineral purchase was paid.', values: PAYMENT_METHODS },
  { name: 'controlledInput', description: 'Controlled inputs used in mining.', values: CONTROLLED_INPUTS },
  {
    name: 'identifierScheme',
    description: 'Schemes of canonical identifiers (COUNTRY:SCHEME:VALUE).',
    values: IDENTIFIER_SCHEMES,
  },
  { name: 'assetType', description: 'Tracked vehicles and machinery.', values: ASSET_TYPES },
  { name: 'geoFeatureKind', description: 'Kinds of geographic feature.', values: GEO_FEATURE_KINDS },
  { name: 'yesNo', description: 'A yes/no answer as written in source files.', values: YES_NO },
  { name: 'periodGranularity', description: 'Length of a reporting period.', values: PERIOD_GRANULARITIES },
  { name: 'valuationBasis', description: 'Customs valuation basis.', values: VALUATION_BASES },
];

/** Wraps a code list as a schema; the one place where vocabularies become TypeBox enums. */
export function vocabularySchema<Values extends TEnumValue[]>(
  values: readonly [...Values],
  description: string,
): TEnum<Values> {
  return Type.Enum(values, { description });
}
