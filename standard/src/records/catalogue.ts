import type { Static, TObject } from 'typebox';
import { AssetPosition } from './asset-position.js';
import { Assay } from './assay.js';
import { CustomsDeclaration } from './customs-declaration.js';
import { GeoFeature } from './geo-feature.js';
import { InputTransaction } from './input-transaction.js';
import { MineralTransaction } from './mineral-transaction.js';
import { MiningRight } from './mining-right.js';
import { Party } from './party.js';
import { ProductionDeclaration } from './production-declaration.js';
import { ReferencePrice } from './reference-price.js';
import { Registration } from './registration.js';
import { Relationship } from './relationship.js';
import { TradeStatistic } from './trade-statistic.js';

/** Every record type of the standard, by name, in the order the documentation presents them. */
export const RECORD_SCHEMAS = {
  Party,
  Relationship,
  MiningRight,
  Registration,
  ProductionDeclaration,
  MineralTransaction,
  CustomsDeclaration,
  TradeStatistic,
  InputTransaction,
  Assay,
  GeoFeature,
  AssetPosition,
  ReferencePrice,
} as const satisfies Record<string, TObject>;

/** The name of a record type. */
export type RecordTypeName = keyof typeof RECORD_SCHEMAS;

/** Any record of the standard. */
export type StandardRecord = {
  [Name in RecordTypeName]: Static<(typeof RECORD_SCHEMAS)[Name]>;
}[RecordTypeName];

/** The record type names, in documentation order. */
export const RECORD_TYPE_NAMES = Object.keys(RECORD_SCHEMAS) as RecordTypeName[];

/** True when the name is a record type of the standard. */
export function isRecordTypeName(name: string): name is RecordTypeName {
  return Object.hasOwn(RECORD_SCHEMAS, name);
}
