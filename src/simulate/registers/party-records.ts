import { SLOPPY, dropAccents, noisyBirthDate, noisyPersonName } from '../noise.js';
import type { Rng } from '../rng.js';
import { emitRow, type Emitter } from '../emit/emitter.js';
import type { Person } from '../world/types.js';

const SOURCES = ['UIF-PE LISTA DE INTERES', 'UIAF REPORTE COOPERACION', 'PEP REGIONAL', 'FUENTE ABIERTA'];

/** Writes the generic party list: a partner agency's list naming a sample of the region's persons. */
export function writePartyRecords(e: Emitter, rng: Rng): void {
  let n = 0;
  for (const person of e.world.persons.values()) {
    if (!rng.chance(0.08)) continue;
    n++;
    writePerson(e, rng, person, `PR-${String(n).padStart(7, '0')}`);
  }
}

function writePerson(e: Emitter, rng: Rng, person: Person, recordId: string): void {
  const name = noisyPersonName(rng, person, SLOPPY);
  const surnames = [name.paternal, name.maternal].filter((s) => s !== '').join(' ');
  const split = rng.chance(0.6);
  const doc = rng.chance(0.7) ? person.ids[0] : undefined;
  emitRow(
    e,
    'PARTY-RECORDS',
    {
      RECORD_ID: recordId,
      SOURCE: rng.pick(SOURCES),
      COUNTRY: rng.chance(0.9) ? person.place.country : undefined,
      KIND: 'PERSON',
      FULL_NAME: split
        ? undefined
        : rng.chance(0.5)
          ? `${name.given} ${surnames}`
          : `${surnames}, ${name.given}`,
      GIVEN_NAMES: split ? name.given : undefined,
      SURNAMES: split ? surnames : undefined,
      BIRTH_DATE: rng.chance(0.7) ? noisyBirthDate(rng, person.birth, SLOPPY) : undefined,
      ID_SCHEME: doc?.scheme,
      ID_NUMBER: doc?.value,
      ADDRESS: rng.chance(0.5) ? dropAccents(person.address) : undefined,
      LOCALITY: person.place.district,
      POSTCODE: undefined,
      REGION: person.place.department,
    },
    [[split ? 'GIVEN_NAMES' : 'FULL_NAME', person.id]],
  );
}
