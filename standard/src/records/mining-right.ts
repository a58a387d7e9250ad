import { Type, type Static } from 'typebox';
import { MetalCode } from '../codes/commodities.js';
import {
  ACTOR_TYPES,
  MINING_RIGHT_KINDS,
  MINING_RIGHT_STATUSES,
  PERIOD_GRANULARITIES,
  STRATA,
  SUBSTANCES,
  vocabularySchema,
} from '../codes/vocabularies.js';
import { UnitCode } from '../units.js';
import { AdminArea, NonNegative, codedTerm, isoDate, recordBase, reference } from './common.js';
import { AreaGeometry } from './geometry.js';

/** A mining concession, title, contract, authorisation or formalisation registration. */
export const MiningRight = Type.Object(
  {
    ...recordBase('MiningRight'),
    code: Type.String({
      minLength: 1,
      description: 'National code as written (CODIGO_UNICO, CODIGO_EXPEDIENTE...).',
    }),
    name: Type.Optional(Type.String({ description: 'Name of the right.' })),
    kind: codedTerm(MINING_RIGHT_KINDS, 'Kind of right, with the national modality.'),
    legalStatus: codedTerm(MINING_RIGHT_STATUSES, 'Harmonised legal status, with the national term.'),
    stratum: Type.Optional(codedTerm(STRATA, 'Size stratum of the operation.')),
    substance: Type.Optional(codedTerm(SUBSTANCES, 'Metallic or non-metallic.')),
    actorType: Type.Optional(codedTerm(ACTOR_TYPES, 'State, private or cooperative holder (Bolivia).')),
    phase: Type.Optional(Type.String({ description: 'Phase as written (exploration, exploitation...).' })),
    holders: Type.Array(reference('Holder'), { description: 'Holders of the right.' }),
    commodities: Type.Array(MetalCode, { description: 'Metals the right covers.' }),
    areaHa: Type.Optional(Type.Number({ minimum: 0, description: 'Area in hectares.' })),
    geometry: Type.Optional(AreaGeometry),
    adminArea: Type.Optional(AdminArea),
    authorisedCapacity: Type.Optional(
      Type.Object(
        {
          value: NonNegative,
          unit: UnitCode,
          period: vocabularySchema(PERIOD_GRANULARITIES, 'Period the capacity is for.'),
          metal: Type.Optional(MetalCode),
        },
        {
          additionalProperties: false,
          description: 'Production the authority approved, e.g. 500 g of gold a month.',
        },
      ),
    ),
    appliedOn: Type.Optional(isoDate('Date of the application for the right')),
    grantedOn: Type.Optional(isoDate('Date the right was granted or registered')),
    expiresOn: Type.Optional(isoDate('Date the right expires')),
    endedOn: Type.Optional(isoDate('Date the right was extinguished')),
  },
  {
    additionalProperties: false,
    title: 'MiningRight',
    description: 'A mining right in a national cadastre.',
  },
);
export type MiningRight = Static<typeof MiningRight>;
