// A synthetic population of party records for the resolution benchmark: persons and companies of
// the four countries, each written by one to five registers with the noise registers make (accents
// dropped, surnames swapped or missing, given names shortened, typos, mistyped identifiers).
// Surnames and words follow a long-tailed (Zipf) distribution, so common surnames (Quispe, Mamani)
// form the oversized blocks the engine must cap. Deterministic for a seed.
import { ecCedulaCheckDigit, ecPrivateRucCheckDigit, peRucCheckDigit } from '@veta/standard';

export const COMMON_SURNAMES = [
  'QUISPE',
  'MAMANI',
  'GARCÍA',
  'RODRÍGUEZ',
  'LÓPEZ',
  'FLORES',
  'HUAMÁN',
  'CONDORI',
  'CHOQUE',
  'APAZA',
  'RAMÍREZ',
  'TORRES',
  'GÓMEZ',
  'SÁNCHEZ',
  'PÉREZ',
  'DÍAZ',
  'VÁSQUEZ',
  'ROJAS',
  'MENDOZA',
  'CRUZ',
  'GUTIÉRREZ',
  'CASTILLO',
  'MORALES',
  'ORTIZ',
  'CHÁVEZ',
  'RAMOS',
  'HERRERA',
  'MEDINA',
  'VARGAS',
  'CASTRO',
];
export const COMMON_GIVEN = [
  'JUAN',
  'JOSÉ',
  'LUIS',
  'CARLOS',
  'MARÍA',
  'ROSA',
  'ANA',
  'JORGE',
  'MIGUEL',
  'VÍCTOR',
  'CÉSAR',
  'LUZ',
  'ELENA',
  'RAÚL',
  'HERNÁN',
  'SOFÍA',
  'PEDRO',
  'JULIO',
  'CARMEN',
  'FLOR',
  'EDGAR',
  'GLADYS',
  'MARTHA',
];
const SYLLABLES = [
  'CA',
  'HUA',
  'QUI',
  'MA',
  'RO',
  'TI',
  'LLA',
  'PA',
  'ÑA',
  'CHU',
  'SA',
  'YU',
  'NE',
  'BE',
  'VI',
  'ZA',
  'GO',
  'RRE',
  'LO',
  'TU',
  'BAR',
  'DEL',
  'FER',
  'GAL',
  'JIM',
  'KAN',
  'MON',
  'NUR',
  'OS',
  'PRE',
  'RIS',
  'SEL',
  'TOR',
  'UR',
  'VAL',
  'XI',
  'ZEN',
  'AN',
  'EL',
  'IN',
];
const ORG_HEADS = [
  'MINERA',
  'COMPAÑÍA MINERA',
  'EMPRESA MINERA',
  'CORPORACIÓN MINERA',
  'COMERCIALIZADORA',
  'INVERSIONES',
  'MINERA AURÍFERA',
];
const LEGAL_FORMS = {
  PE: [
    ['S.A.C.', 'SAC', 'SOCIEDAD ANÓNIMA CERRADA'],
    ['E.I.R.L.', 'EIRL'],
    ['S.R.L.', 'SRL'],
    ['S.A.', 'SA'],
  ],
  CO: [
    ['S.A.S.', 'SAS', 'SOCIEDAD POR ACCIONES SIMPLIFICADA'],
    ['LTDA.', 'LTDA', 'LIMITADA'],
    ['S.A.', 'SA'],
  ],
  EC: [
    ['CÍA. LTDA.', 'CIA LTDA'],
    ['S.A.', 'SA', 'SOCIEDAD ANÓNIMA'],
  ],
  BO: [
    ['S.R.L.', 'SRL', 'LTDA.'],
    ['S.A.', 'SA'],
  ],
};
const COUNTRIES = ['PE', 'PE', 'PE', 'CO', 'CO', 'EC', 'BO'];

/** mulberry32: a small seeded generator. */
export function randomSource(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const digits = (n) => Array.from({ length: n }, () => String(int(0, 9))).join('');
  // Zipf-like rank: small ranks much more likely than large ones.
  const zipf = (n) => Math.min(n - 1, Math.floor(Math.exp(next() * Math.log(n + 1))) - 1);
  return { next, int, pick, chance, digits, zipf };
}

export function vocabulary(random, size) {
  const words = new Set();
  while (words.size < size) {
    const length = random.int(2, 4);
    words.add(Array.from({ length }, () => random.pick(SYLLABLES)).join(''));
  }
  return [...words];
}

/** Builds the true entities of a population. */
export function makeEntities(random, count) {
  const surnames = [...COMMON_SURNAMES, ...vocabulary(random, 20_000)];
  const given = [...COMMON_GIVEN, ...vocabulary(random, 3_000)];
  const orgWords = vocabulary(random, 30_000);
  const entities = [];
  for (let i = 0; i < count; i++) {
    const country = random.pick(COUNTRIES);
    if (random.chance(0.75)) {
      const names = [given[random.zipf(given.length)]];
      if (random.chance(0.5)) names.push(given[random.zipf(given.length)]);
      entities.push({
        id: `T${i}`,
        person: true,
        country,
        given: names,
        paternal: surnames[random.zipf(surnames.length)],
        maternal: surnames[random.zipf(surnames.length)],
        birthDate: `${random.int(1950, 2003)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
        ids: personIds(random, country),
      });
    } else {
      const words = [orgWords[random.zipf(orgWords.length)], orgWords[random.int(0, orgWords.length - 1)]];
      entities.push({
        id: `T${i}`,
        person: false,
        country,
        name: `${random.pick(ORG_HEADS)} ${words.join(' ')}`,
        forms: random.pick(LEGAL_FORMS[country]),
        ids: orgIds(random, country),
      });
    }
  }
  return entities;
}

function personIds(random, country) {
  if (country === 'PE') {
    const dni = random.digits(8);
    const first = `10${dni}`;
    return [`PE:DNI:${dni}`, `PE:RUC:${first}${peRucCheckDigit(first)}`];
  }
  if (country === 'CO') return [`CO:CC:${random.int(10, 99)}${random.digits(6)}`];
  if (country === 'EC') {
    const first = `${String(random.int(1, 24)).padStart(2, '0')}${random.int(0, 5)}${random.digits(6)}`;
    return [`EC:CI:${first}${ecCedulaCheckDigit(first)}`];
  }
  return [`BO:CI:${random.int(1, 9)}${random.digits(6)}`];
}

function orgIds(random, country) {
  if (country === 'PE') {
    const first = `20${random.int(1, 6)}${random.digits(7)}`;
    return [`PE:RUC:${first}${peRucCheckDigit(first)}`];
  }
  if (country === 'CO') return [`CO:NIT:${random.pick(['800', '900', '901'])}${random.digits(6)}`];
  if (country === 'EC') {
    for (;;) {
      const first = `${String(random.int(1, 24)).padStart(2, '0')}9${random.digits(6)}`;
      const check = ecPrivateRucCheckDigit(first);
      if (check !== undefined) return [`EC:RUC:${first}${check}001`];
    }
  }
  return [`BO:NIT:${random.int(1, 9)}${random.digits(random.int(6, 9))}`];
}

export const stripAccents = (text) =>
  text.replace(/[^Ññ]+/g, (part) => part.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));

export function typo(random, text) {
  if (text.length < 4) return text;
  const at = random.int(1, text.length - 2);
  const kind = random.int(0, 2);
  if (kind === 0) return `${text.slice(0, at)}${text[at + 1]}${text[at]}${text.slice(at + 2)}`;
  if (kind === 1) return `${text.slice(0, at)}${text.slice(at + 1)}`;
  return `${text.slice(0, at)}${text[at]}${text.slice(at)}`;
}

/** One register's record of an entity, with that register's noise. */
export function noisyRecord(random, entity, surnamesFirst) {
  let name;
  if (entity.person) {
    let paternal = entity.paternal;
    let maternal = random.chance(0.12) ? '' : entity.maternal;
    if (maternal && random.chance(0.05)) [paternal, maternal] = [maternal, paternal];
    let given = random.chance(0.15) ? entity.given[0] : entity.given.join(' ');
    if (random.chance(0.04)) given = typo(random, given);
    if (random.chance(0.04)) paternal = typo(random, paternal);
    const surnames = [paternal, maternal].filter(Boolean).join(' ');
    name = surnamesFirst ? `${surnames} ${given}` : `${given} ${surnames}`;
  } else {
    name = `${entity.name} ${random.pick(entity.forms)}`;
    if (random.chance(0.04)) name = typo(random, name);
  }
  if (random.chance(0.3)) name = stripAccents(name);
  const identifiers = [];
  if (!random.chance(0.05)) {
    let id = random.pick(entity.ids);
    if (random.chance(0.015)) {
      const [country, scheme, value] = id.split(':');
      const at = random.int(0, value.length - 1);
      id = `${country}:${scheme}:${value.slice(0, at)}${(Number(value[at]) + random.int(1, 9)) % 10}${value.slice(at + 1)}`;
    }
    identifiers.push(id);
  }
  const body = {
    recordType: 'Party',
    kind: entity.person ? 'PERSON' : 'ORGANISATION',
    name,
    identifiers,
    roles: [],
    addresses: [],
    country: entity.country,
  };
  if (entity.person && random.chance(0.4)) body.birthDate = entity.birthDate;
  return body;
}
