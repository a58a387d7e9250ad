// The persons of the linkage benchmark: party records of the four national nodes (PE, CO, EC, BO),
// some of them the same person registered in two or three countries. Each country's registers
// write a person with their own noise, and a foreign register more of it: accents dropped, surnames
// swapped or one missing, given names shortened, typos, the birth date missing or its day and month
// swapped, another address, and other documents (a passport, a foreigner's card, or the home
// country's document, mistyped more often). Names follow the resolution benchmark's long-tailed surnames
// (resolve-population.js); places are the simulator's mining districts and synthetic towns.
// Deterministic for a seed.
import { placesOf } from '../dist/simulate/world/geography.js';
import {
  COMMON_GIVEN,
  COMMON_SURNAMES,
  randomSource,
  stripAccents,
  typo,
  vocabulary,
} from './resolve-population.js';

export const NODES = ['PE', 'CO', 'EC', 'BO'];
/** Where a person lives: Peru's registers hold the most. */
const HOMES = ['PE', 'PE', 'PE', 'PE', 'CO', 'CO', 'CO', 'EC', 'EC', 'BO', 'BO'];
/** Where a person of one country is also registered, neighbours (and mining corridors) first. */
const ABROAD = {
  PE: ['BO', 'BO', 'EC', 'EC', 'CO'],
  CO: ['EC', 'EC', 'PE', 'PE', 'BO'],
  EC: ['PE', 'PE', 'PE', 'CO', 'CO'],
  BO: ['PE', 'PE', 'PE', 'CO', 'EC'],
};
/** The share of persons registered abroad too, and of those, in a third country as well. */
const ABROAD_SHARE = 0.15;
const THIRD_COUNTRY_SHARE = 0.2;
/** The share of persons a second register of their own country holds as well. */
const SECOND_REGISTER_SHARE = 0.1;
const STREET_TYPES = {
  PE: ['JR.', 'AV.', 'CALLE', 'PSJE.'],
  CO: ['CARRERA', 'CALLE', 'DIAGONAL', 'AV.'],
  EC: ['AV.', 'CALLE', 'PASAJE'],
  BO: ['CALLE', 'AV.', 'PASAJE'],
};

/**
 * `count` party records over the four nodes, and the true person behind each.
 * @returns {{ nodes: Record<string, { key: string, name: string, birthDate?: string, locality?: string[], documents?: string[] }[]>, truth: Map<string, string>, persons: number, abroad: number }}
 */
export function linkagePopulation(seed, count) {
  const random = randomSource(seed);
  const surnames = [...COMMON_SURNAMES, ...vocabulary(random, 20_000)];
  const given = [...COMMON_GIVEN, ...vocabulary(random, 3_000)];
  const streets = vocabulary(random, 3_000);
  const towns = Object.fromEntries(
    NODES.map((country) => [
      country,
      [...placesOf(country).map((place) => place.district), ...vocabulary(random, 150)],
    ]),
  );
  const nodes = Object.fromEntries(NODES.map((node) => [node, []]));
  const truth = new Map();
  let records = 0;
  let persons = 0;
  let abroad = 0;
  const add = (node, fields, person) => {
    if (records >= count) return;
    const key = `${node}/${String(nodes[node].length + 1)}`;
    nodes[node].push({ key, ...fields });
    truth.set(key, person.id);
    records += 1;
  };
  while (records < count) {
    const person = makePerson(random, `P${String(persons)}`, { surnames, given, streets, towns });
    persons += 1;
    add(person.country, homeRecord(random, person), person);
    if (random.chance(SECOND_REGISTER_SHARE)) add(person.country, secondRecord(random, person), person);
    if (random.chance(ABROAD_SHARE)) {
      abroad += 1;
      const countries = new Set([random.pick(ABROAD[person.country])]);
      if (random.chance(THIRD_COUNTRY_SHARE)) countries.add(random.pick(ABROAD[person.country]));
      for (const country of countries)
        add(country, foreignRecord(random, person, country, { streets, towns }), person);
    }
  }
  return { nodes, truth, persons, abroad };
}

function makePerson(random, id, { surnames, given, streets, towns }) {
  const country = random.pick(HOMES);
  const names = [given[random.zipf(given.length)]];
  if (random.chance(0.5)) names.push(given[random.zipf(given.length)]);
  return {
    id,
    country,
    given: names,
    paternal: surnames[random.zipf(surnames.length)],
    maternal: surnames[random.zipf(surnames.length)],
    birthDate: `${String(random.int(1950, 2005))}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
    document: nationalDocument(random, country),
    passport: random.chance(0.3) ? passport(random, country) : undefined,
    address: address(random, country, { streets, towns }),
  };
}

// The person's own country: a light hand, nearly every field present.
function homeRecord(random, person) {
  const fields = {
    name: noisyName(random, person, { accents: 0.3, swap: 0.03, maternal: 0.05, short: 0.1, typo: 0.03 }),
  };
  if (random.chance(0.9)) fields.birthDate = person.birthDate;
  if (random.chance(0.9)) fields.locality = person.address;
  const documents = [];
  if (random.chance(0.95)) documents.push(mistyped(random, person.document, 0.01));
  if (person.passport && random.chance(0.3)) documents.push(person.passport);
  if (documents.length > 0) fields.documents = documents;
  return fields;
}

// Another register of the same country (a cadastre besides the tax register): less complete.
function secondRecord(random, person) {
  const fields = {
    name: noisyName(random, person, { accents: 0.4, swap: 0.05, maternal: 0.15, short: 0.2, typo: 0.05 }),
  };
  if (random.chance(0.6)) fields.birthDate = person.birthDate;
  const where = random.next();
  if (where < 0.5) fields.locality = person.address;
  else if (where < 0.8) fields.locality = person.address.slice(1);
  if (random.chance(0.85)) fields.documents = [mistyped(random, person.document, 0.02)];
  return fields;
}

// A register abroad: the name as a foreign clerk wrote it, often without the birth date, another
// address, and whatever document the person showed there.
function foreignRecord(random, person, country, places) {
  const fields = {
    name: noisyName(random, person, { accents: 0.6, swap: 0.1, maternal: 0.3, short: 0.25, typo: 0.08 }),
  };
  if (random.chance(0.55))
    fields.birthDate = random.chance(0.05) ? swapDayMonth(person.birthDate) : person.birthDate;
  if (random.chance(0.85)) fields.locality = address(random, country, places);
  const shown = random.next();
  if (shown < 0.4)
    fields.documents = [person.passport ?? (person.passport = passport(random, person.country))];
  else if (shown < 0.75) fields.documents = [mistyped(random, person.document, 0.03)];
  else if (shown < 0.95) fields.documents = [`${country}:RESIDENCE:${random.digits(9)}`];
  return fields;
}

function noisyName(random, person, rates) {
  let paternal = person.paternal;
  let maternal = random.chance(rates.maternal) ? '' : person.maternal;
  if (maternal && random.chance(rates.swap)) [paternal, maternal] = [maternal, paternal];
  let given = random.chance(rates.short) ? person.given[0] : person.given.join(' ');
  if (random.chance(rates.typo)) given = typo(random, given);
  if (random.chance(rates.typo)) paternal = typo(random, paternal);
  const surnames = [paternal, maternal].filter(Boolean).join(' ');
  // Peru's and Bolivia's registers mostly write surnames first; Colombia's and Ecuador's, mostly after.
  const name = random.chance(0.5) ? `${surnames} ${given}` : `${given} ${surnames}`;
  return random.chance(rates.accents) ? stripAccents(name) : name;
}

function nationalDocument(random, country) {
  if (country === 'PE') return `PE:DNI:${random.digits(8)}`;
  if (country === 'CO') return `CO:CC:${String(random.int(10, 99))}${random.digits(8)}`;
  if (country === 'EC') return `EC:CI:${pad(random.int(1, 24))}${random.digits(8)}`;
  return `BO:CI:${String(random.int(1, 9))}${random.digits(6)}`;
}

function passport(random, country) {
  return `${country}:PASSPORT:${String.fromCharCode(65 + random.int(0, 25))}${random.digits(8)}`;
}

function address(random, country, { streets, towns }) {
  const street = `${random.pick(STREET_TYPES[country])} ${streets[random.zipf(streets.length)]} ${String(random.int(1, 2500))}`;
  // Half the persons of the registers live in the mining districts, listed first.
  const list = towns[country];
  const mining = placesOf(country).length;
  const town = random.chance(0.5)
    ? list[random.int(0, mining - 1)]
    : list[random.int(mining, list.length - 1)];
  return [street, town];
}

function mistyped(random, document, rate) {
  if (!random.chance(rate)) return document;
  const parts = document.split(':');
  const value = parts.pop();
  const at = random.int(0, value.length - 1);
  const digit = String((Number(value[at]) + random.int(1, 9)) % 10);
  return [...parts, `${value.slice(0, at)}${digit}${value.slice(at + 1)}`].join(':');
}

function swapDayMonth(date) {
  const [year, month, day] = date.split('-');
  return Number(day) <= 12 ? `${year}-${day}-${month}` : date;
}

const pad = (n) => String(n).padStart(2, '0');
