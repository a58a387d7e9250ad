import { keptDayOf } from '../calendar.js';
import type { Rng } from '../rng.js';
import { placesOf } from './geography.js';
import { REFINERS } from './names.js';
import { createOrganisation, declareOwners, layerThroughHolding } from './parties.js';
import type { World } from './world.js';
import type { CountryCode, Organisation, Trader } from './types.js';

// Where each country's gold goes (weights roughly follow published trade shares).
const DESTINATIONS: Record<
  CountryCode,
  { readonly countries: readonly string[]; readonly weights: readonly number[] }
> = {
  PE: { countries: ['CH', 'US', 'IN', 'CA', 'AE', 'CN'], weights: [30, 20, 20, 15, 10, 5] },
  CO: { countries: ['US', 'CH', 'AE', 'IT', 'IN'], weights: [40, 25, 15, 10, 10] },
  EC: { countries: ['US', 'CH', 'IN', 'CN'], weights: [40, 25, 20, 15] },
  BO: { countries: ['IN', 'AE', 'US', 'CH', 'CN'], weights: [40, 30, 10, 10, 10] },
};

/** Creates the fictitious foreign refiners that receive Andean gold. */
export function createRefiners(world: World, rng: Rng): void {
  for (const refiner of REFINERS) {
    const org: Organisation = {
      kind: 'ORGANISATION',
      id: world.newOrgId(),
      country: refiner.country,
      name: refiner.name,
      legalForm: 'FOREIGN',
      taxId: { country: refiner.country, scheme: 'REGISTRY', value: rng.digits(9) },
      registered: keptDayOf({ year: rng.int(1950, 2005), month: 1 }, 1),
      address: '',
      place: {
        country: 'PE',
        department: '',
        province: '',
        district: '',
        lon: 0,
        lat: 0,
        isotopes: [0, 0, 0],
      },
      ciiu: '2420',
      capital: 0,
      representativeId: '',
      roles: ['REFINER'],
      owners: [],
      located: true,
      active: true,
    };
    world.orgs.set(org.id, org);
    world.refiners.push(org);
  }
}

/** Picks one or two destinations for an exporter, each with a refiner of that country. */
export function pickDestinations(world: World, country: CountryCode, rng: Rng): Trader['destinations'] {
  const table = DESTINATIONS[country];
  const count = rng.chance(0.4) ? 2 : 1;
  const chosen: Trader['destinations'] = [];
  for (let i = 0; i < count; i++) {
    const destination = rng.weighted(table.countries, table.weights);
    if (chosen.some((d) => d.country === destination)) continue;
    const refiners = world.refiners.filter((r) => r.country === destination);
    chosen.push({ country: destination, refinerId: rng.pick(refiners).id });
  }
  return chosen;
}

/** Registers an organisation as a trader, plant or exporter of its country. */
export function addTrader(world: World, org: Organisation, kind: Trader['kind'], rng: Rng): Trader {
  const country = org.country as CountryCode;
  const trader: Trader = {
    orgId: org.id,
    country,
    kind,
    exporterIds: [],
    destinations: kind === 'EXPORTER' ? pickDestinations(world, country, rng) : [],
    traderEffects: {},
    exporterEffects: {},
  };
  world.traders.set(org.id, trader);
  return trader;
}

/** Creates a country's exporters, then its traders and plants, each selling to one or two exporters. */
export function createChain(
  world: World,
  country: CountryCode,
  counts: { exporters: number; traders: number; plants: number },
  rng: Rng,
): void {
  const places = placesOf(country);
  for (let i = 0; i < counts.exporters; i++) {
    const org = createOrganisation(
      world,
      { country, roles: ['EXPORTER'], place: rng.pick(places), prefix: 'EXPORTER' },
      rng,
    );
    ownCompany(world, org, rng);
    if (country === 'BO') org.nim = world.ids.boNim();
    addTrader(world, org, 'EXPORTER', rng);
  }
  const exporters = world.tradersOf(country, 'EXPORTER');
  const middlemen: [number, 'TRADER' | 'PLANT'][] = [
    [counts.traders, 'TRADER'],
    [counts.plants, 'PLANT'],
  ];
  for (const [count, kind] of middlemen) {
    for (let i = 0; i < count; i++) {
      const org = createOrganisation(
        world,
        { country, roles: [kind], place: rng.pick(places), prefix: kind },
        rng,
      );
      ownCompany(world, org, rng);
      if (country === 'BO') org.nim = world.ids.boNim();
      const trader = addTrader(world, org, kind, rng);
      trader.exporterIds = pickSome(rng, exporters, rng.chance(0.3) ? 2 : 1).map((e) => e.orgId);
    }
  }
}

/** Declares a company's owners: most directly, some through a domestic holding (a layered chain). */
export function ownCompany(world: World, org: Organisation, rng: Rng): void {
  if (rng.chance(0.2)) layerThroughHolding(world, org, rng);
  else declareOwners(world, org, rng);
}

/** Up to n distinct items, in a reproducible random order. */
export function pickSome<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < n && pool.length > 0) chosen.push(...pool.splice(rng.int(0, pool.length - 1), 1));
  return chosen;
}
