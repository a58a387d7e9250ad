import { keptDayOf, type Day } from '../calendar.js';
import type { Rng } from '../rng.js';
import { pickLegalForm } from './legal-forms.js';
import { COMPANY_PREFIXES, COMPANY_WORDS, GIVEN_NAMES, STREETS, SURNAMES } from './names.js';
import type { World } from './world.js';
import type { CountryCode, Identifier, Organisation, Person, Place, Role } from './types.js';

const CIIU_BY_ROLE: Record<Role, string> = {
  MINER: '0710',
  TRADER: '4662',
  PLANT: '2420',
  EXPORTER: '4662',
  REFINER: '2420',
  HOLDING: '6420',
};

/** The activity code (CIIU) registers give an actor of a role. */
export function ciiuOf(role: Role): string {
  return CIIU_BY_ROLE[role];
}

/** Creates a person living in a country, with that country's documents (and a taxpayer number). */
export function createPerson(world: World, country: CountryCode, place: Place, rng: Rng): Person {
  const given = rng.chance(0.6) ? [rng.pick(GIVEN_NAMES), rng.pick(GIVEN_NAMES)] : [rng.pick(GIVEN_NAMES)];
  const person: Person = {
    kind: 'PERSON',
    id: world.newPersonId(),
    given: given[0] === given[1] ? [given[0] ?? 'JUAN'] : given,
    paternal: rng.pick(SURNAMES),
    maternal: rng.pick(SURNAMES),
    birth: { year: rng.int(1955, 2002), month: rng.int(1, 12), day: rng.int(1, 28) },
    nationality: country,
    ids: nationalDocuments(world, country),
    address: `${rng.pick(STREETS)} ${rng.int(1, 2500)}`,
    place,
  };
  world.persons.set(person.id, person);
  return person;
}

function nationalDocuments(world: World, country: CountryCode): Identifier[] {
  const { ids } = world;
  if (country === 'PE') {
    const dni = ids.peDni();
    return [dni, ids.peRucOfPerson(dni.value)];
  }
  if (country === 'CO') return [ids.coCc()];
  if (country === 'EC') {
    const ci = ids.ecCedula();
    return [ci, { country: 'EC', scheme: 'RUC', value: `${ci.value}001` }];
  }
  return [ids.boCi(), ids.boNit()];
}

/** The person's main document in a country (DNI, CC, CI), if they hold one there. */
export function mainDocument(person: Person, country: string): Identifier | undefined {
  return person.ids.find((id) => id.country === country && id.scheme !== 'RUC' && id.scheme !== 'NIT');
}

/** The person's taxpayer number in a country (RUC, NIT), if any. */
export function taxDocument(person: Person, country: string): Identifier | undefined {
  return person.ids.find((id) => id.country === country && (id.scheme === 'RUC' || id.scheme === 'NIT'));
}

/** Options for a new organisation. */
export interface OrganisationSpec {
  readonly country: CountryCode;
  readonly roles: Role[];
  readonly place: Place;
  readonly prefix: keyof typeof COMPANY_PREFIXES;
  readonly registered?: Day;
  readonly legalForm?: string;
  /** A street address, when the company shares one (a nominee's shells); else a random one. */
  readonly address?: string;
  /** Subscribed capital in local currency; else a random 50,000 to 5,000,000. */
  readonly capital?: number;
  /** An existing person as legal representative (a nominee); else a new person is created. */
  readonly representative?: Person;
}

/** Creates a company with a tax id, a register entry and a legal representative. */
export function createOrganisation(world: World, spec: OrganisationSpec, rng: Rng): Organisation {
  const representative = spec.representative ?? createPerson(world, spec.country, spec.place, rng);
  const role = spec.roles[0] ?? 'MINER';
  const org: Organisation = {
    kind: 'ORGANISATION',
    id: world.newOrgId(),
    country: spec.country,
    name: `${rng.pick(COMPANY_PREFIXES[spec.prefix] ?? ['MINERA'])} ${rng.pick(COMPANY_WORDS)}${rng.chance(0.3) ? ` ${rng.pick(COMPANY_WORDS)}` : ''}`,
    legalForm: spec.legalForm ?? pickLegalForm(rng, spec.country),
    taxId: companyTaxId(world, spec.country),
    registered:
      spec.registered ?? keptDayOf({ year: rng.int(1985, 2019), month: rng.int(1, 12) }, rng.int(1, 28)),
    address: spec.address ?? `${rng.pick(STREETS)} ${rng.int(1, 3000)}`,
    place: spec.place,
    ciiu: ciiuOf(role),
    capital: spec.capital ?? Math.round(rng.between(50, 5000)) * 1000,
    representativeId: representative.id,
    roles: spec.roles,
    owners: [],
    located: true,
    active: true,
  };
  world.orgs.set(org.id, org);
  return org;
}

function companyTaxId(world: World, country: CountryCode): Identifier {
  if (country === 'PE') return world.ids.peRucOfCompany();
  if (country === 'CO') return world.ids.coNit();
  if (country === 'EC') return world.ids.ecRucOfCompany();
  return world.ids.boNit();
}

/** Declares one to three domestic owners (the representative among them) summing to 100 %. */
export function declareOwners(world: World, org: Organisation, rng: Rng): void {
  const count = rng.int(1, 3);
  const owners = [org.representativeId];
  for (let i = 1; i < count; i++)
    owners.push(createPerson(world, org.country as CountryCode, org.place, rng).id);
  let left = 100;
  org.owners = owners.map((personId, i) => {
    // Each owner leaves at least 10 % for every owner after it, so the shares stay positive.
    const room = left - 10 * (owners.length - 1 - i);
    const percent =
      i === owners.length - 1 ? left : Math.min(room, Math.max(10, Math.round(rng.between(25, 70))));
    left -= percent;
    return { personId, percent, criterion: 'PROPIEDAD' as const, since: org.registered };
  });
}

/** Puts a holding company between an organisation and its owners (a layered structure). */
export function layerThroughHolding(world: World, org: Organisation, rng: Rng): Organisation {
  const holding = createOrganisation(
    world,
    { country: org.country as CountryCode, roles: ['HOLDING'], place: org.place, prefix: 'HOLDING' },
    rng,
  );
  declareOwners(world, holding, rng);
  org.owners = holding.owners.map((o) => ({ ...o, viaOrgId: holding.id }));
  return holding;
}

/** The document a registry of `country` records for a person: the domestic one, else a passport. */
export function documentFor(person: Person, country: string): Identifier | undefined {
  return mainDocument(person, country) ?? person.ids.find((id) => id.scheme === 'PASSPORT') ?? person.ids[0];
}
