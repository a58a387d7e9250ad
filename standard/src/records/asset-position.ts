import { Type, type Static } from 'typebox';
import { ASSET_TYPES } from '../codes/vocabularies.js';
import { IsoDateTime, codedTerm, recordBase, reference } from './common.js';

/** A GPS fix of a tracked vehicle or machine. */
export const AssetPosition = Type.Object(
  {
    ...recordBase('AssetPosition'),
    deviceId: Type.String({ minLength: 1 }),
    assetType: codedTerm(ASSET_TYPES, 'Kind of asset, with the national term.'),
    assetRef: Type.Optional(Type.String({ description: 'Plate or serial number.' })),
    owner: Type.Optional(reference('Owner of the asset')),
    authorisedDestination: Type.Optional(reference('Mining right the asset is authorised to serve')),
    timestamp: IsoDateTime,
    latitude: Type.Number({ minimum: -90, maximum: 90 }),
    longitude: Type.Number({ minimum: -180, maximum: 180 }),
  },
  { additionalProperties: false, title: 'AssetPosition', description: 'A GPS position of a tracked asset.' },
);
export type AssetPosition = Static<typeof AssetPosition>;
