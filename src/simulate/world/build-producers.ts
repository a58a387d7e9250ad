import type { CountryCounts } from '../options.js';
import type { Rng } from '../rng.js';
import { addTrader, ownCompany, pickSome } from './build-chain.js';
import { placeNamed, placesOf } from './geography.js';
import { createOrganisation, createPerson } from './parties.js';
import { createRight } from './rights.js';
import type { World } from './world.js';
import type { CountryCode, MiningRight, Place, RightStatus, Stratum, Trader } from './types.js';

const GOLD_DISTRICTS_BO = ['TIPUANI', 'MAPIRI', 'GUANAY'];
const BASE_METAL_DISTRICTS_BO = ['LLALLAGUA', 'POTOSÍ', 'HUANUNI'];

/** Creates every producer of a country: large and medium mines exporting themselves, smaller ones selling on. */
export function createProducers(world: World, country: CountryCode, counts: CountryCounts, rng: Rng): void {
  const places = goldPlaces(country);
  for (let i = 0; i < counts.large; i++) companyMine(world, country, 'LARGE', rng.pick(places), rng, true);
  for (let i = 0; i < counts.medium; i++) companyMine(world, country, 'MEDIUM', rng.pick(places), rng, true);
  for (let i = 0; i < counts.small; i++) {
    const place = rng.pick(places);
    if (rng.chance(0.7)) companyMine(world, country, 'SMALL', place, rng, false);
    else personMine(world, country, 'SMALL', place, 'IN_FORCE', rng);
  }
  for (let i = 0; i < counts.artisanal; i++) {
    const place = rng.pick(places);
    if (country === 'BO') companyMine(world, country, 'ARTISANAL', place, rng, false, true);
    else personMine(world, country, 'ARTISANAL', place, 'IN_FORCE', rng);
  }
  for (let i = 0; i < counts.formalising; i++) {
    personMine(
      world,
      country,
      'IN_FORMALISATION',
      rng.pick(places),
      rng.chance(0.8) ? 'IN_PROCESS' : 'IN_FORCE',
      rng,
    );
  }
  for (let i = 0; i < counts.dormant; i++) dormantRight(world, country, rng.pick(places), rng);
  if (country === 'BO') {
    const tinPlaces = BASE_METAL_DISTRICTS_BO.map(placeNamed);
    for (let i = 0; i < counts.baseMetal; i++)
      companyMine(
        world,
        country,
        'SMALL',
        rng.pick(tinPlaces),
        rng,
        false,
        true,
        rng.chance(0.6) ? 'SN' : 'ZN',
      );
  }
}

function goldPlaces(country: CountryCode): Place[] {
  return country === 'BO' ? GOLD_DISTRICTS_BO.map(placeNamed) : placesOf(country);
}

function companyMine(
  world: World,
  country: CountryCode,
  stratum: Stratum,
  place: Place,
  rng: Rng,
  exportsItself: boolean,
  cooperative = false,
  mineral: 'AU' | 'SN' | 'ZN' = 'AU',
): MiningRight {
  const org = createOrganisation(
    world,
    {
      country,
      roles: ['MINER'],
      place,
      prefix: cooperative ? 'COOPERATIVE' : 'MINER',
      ...(cooperative ? { legalForm: 'COOP' } : {}),
    },
    rng,
  );
  ownCompany(world, org, rng);
  const right = createRight(
    world,
    { country, stratum, place, holderIds: [org.id], status: 'IN_FORCE', producing: true, mineral },
    rng,
  );
  const mine = right.mine;
  if (mine && exportsItself) {
    org.roles.push('EXPORTER');
    if (country === 'BO') org.nim = world.ids.boNim();
    addTrader(world, org, 'EXPORTER', rng);
    mine.exporterId = org.id;
  } else if (mine) {
    mine.buyerIds = pickBuyers(world, country, rng);
  }
  return right;
}

function personMine(
  world: World,
  country: CountryCode,
  stratum: Stratum,
  place: Place,
  status: RightStatus,
  rng: Rng,
): MiningRight {
  const person = createPerson(world, country, place, rng);
  const right = createRight(
    world,
    { country, stratum, place, holderIds: [person.id], status, producing: true },
    rng,
  );
  if (right.mine) right.mine.buyerIds = pickBuyers(world, country, rng);
  return right;
}

function dormantRight(world: World, country: CountryCode, place: Place, rng: Rng): MiningRight {
  const status = rng.weighted<RightStatus>(['IN_FORCE', 'IN_PROCESS', 'SUSPENDED', 'EXTINCT'], [3, 3, 1, 3]);
  const holder = rng.chance(0.5)
    ? createPerson(world, country, place, rng).id
    : createOrganisation(world, { country, roles: ['MINER'], place, prefix: 'MINER' }, rng).id;
  const holderOrg = world.orgs.get(holder);
  if (holderOrg) ownCompany(world, holderOrg, rng);
  return createRight(
    world,
    {
      country,
      stratum: rng.pick(['SMALL', 'ARTISANAL'] as const),
      place,
      holderIds: [holder],
      status,
      producing: false,
    },
    rng,
  );
}

// The pool of buyers is fixed once a country's chain exists; computing it once keeps large worlds fast.
const buyerPools = new WeakMap<World, Map<string, Trader[]>>();

/** One or two buyers: traders and plants where the country has them, else exporters. */
export function pickBuyers(world: World, country: CountryCode, rng: Rng): string[] {
  const pools = buyerPools.get(world) ?? new Map<string, Trader[]>();
  buyerPools.set(world, pools);
  let pool = pools.get(country);
  if (!pool) {
    const middlemen = [...world.tradersOf(country, 'TRADER'), ...world.tradersOf(country, 'PLANT')];
    pool =
      middlemen.length > 0
        ? middlemen
        : world.tradersOf(country, 'EXPORTER').filter((t) => !isMineExporter(world, t.orgId));
    pools.set(country, pool);
  }
  return pickSome(rng, pool, rng.chance(0.3) ? 2 : 1).map((t) => t.orgId);
}

function isMineExporter(world: World, orgId: string): boolean {
  return world.org(orgId).roles.includes('MINER');
}

/** Creates Colombia's subsistence panners, each selling to one exporter (a C.I. trading company). */
export function createPanners(world: World, count: number, rng: Rng): void {
  const places = placesOf('CO');
  for (let i = 0; i < count; i++) {
    const place = rng.pick(places);
    const person = createPerson(world, 'CO', place, rng);
    const buyerId = pickBuyers(world, 'CO', rng)[0];
    if (buyerId === undefined) continue;
    world.panners.push({
      personId: person.id,
      place,
      monthlyG: Math.round(rng.between(3, 24) * 10) / 10,
      buyerId,
    });
  }
}
