import { IDENTIFIER_SCHEMES } from '@veta/standard';
import { monthKey } from './calendar.js';
import type { SimulateOptions } from './options.js';
import type { EntityTruth, TruthHeader } from './truth.js';
import { canonicalId } from './world/identifiers.js';
import type { Identifier } from './world/types.js';
import type { World } from './world/world.js';

const KNOWN_SCHEMES: ReadonlySet<string> = new Set(IDENTIFIER_SCHEMES);

/** The header of truth.json for a run: its parameters, tolerances and the natural variation left in. */
export function truthHeader(options: SimulateOptions): TruthHeader {
  return {
    generator: 'veta simulate',
    seed: options.seed,
    scale: options.scale,
    from: monthKey(options.from),
    to: monthKey(options.to),
    tolerances: {
      fineGoldConservation:
        'In the clean world, fine gold exported equals fine gold sold by mines within 0.5 % per country over the run (rounding of weights and grades).',
      subsistenceCap: 'Clean panners sell at most 34 g a month and 408 g a year (cap 35 g / 420 g).',
      capacity:
        'Clean mines never exceed 1.8x their mean monthly output; Colombian approved capacity is 2.5x.',
      inputQuota: 'Clean deliveries stay below 2.0x the mean need; quotas are 2.2x.',
    },
    naturalVariation: [
      'Output swings month to month (sigma 5 % large, 10 % medium, 25 % small and artisanal), bounded to 0.45x-1.8x the mean.',
      'Alluvial districts (Madre de Dios, La Paz, Chocó) produce 20 % less from December to March (rainy season).',
      'Satellite detections inside licensed producing rights are legal activity.',
      'Mirror statistics: importers report CIF (about 0.6 % above FOB, +-1 %); the DOTS layout divides CIF by 1.06, so clean pairs show value_m about 5 % below value_x.',
      'Cash purchases above the reporting threshold occur for artisanal sellers; they are reported, not structured.',
      'Some owners hold companies in two countries openly, with the same document in both registers.',
      'Identifier typos, dropped accents, swapped surnames and legal-form variants are data-entry noise, not schemes.',
    ],
  };
}

/** Every real-world person and organisation with its canonical identifiers, for scoring entity resolution. */
export function* entityTruths(world: World): Generator<EntityTruth> {
  for (const p of world.persons.values()) {
    yield {
      id: p.id,
      kind: 'PERSON',
      name: [...p.given, p.paternal, p.maternal].join(' '),
      country: p.place.country,
      identifiers: ids(p.ids),
    };
  }
  for (const o of world.orgs.values()) {
    yield {
      id: o.id,
      kind: 'ORGANISATION',
      name: o.name,
      country: o.country,
      identifiers: ids([o.taxId, ...(o.nim ? [o.nim] : [])]),
    };
  }
}

function ids(list: readonly Identifier[]): string[] {
  return list.filter((id) => KNOWN_SCHEMES.has(id.scheme)).map(canonicalId);
}
