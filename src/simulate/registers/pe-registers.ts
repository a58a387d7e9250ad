import { CAREFUL, SLOPPY, noisyBirthDate, noisyPersonName } from '../noise.js';
import type { Rng } from '../rng.js';
import { emitRow, optional, partyName, writtenId, type Emitter } from '../emit/emitter.js';
import { ringToWkt, squareHectares, squareRing } from '../world/geography.js';
import { ciiuOf, documentFor, taxDocument } from '../world/parties.js';
import type { Identifier, MiningRight, Organisation, Party, Person } from '../world/types.js';

const PE_STATUS = {
  IN_FORCE: 'TITULADO',
  IN_PROCESS: 'EN TRAMITE',
  EXTINCT: 'EXTINGUIDO',
  SUSPENDED: 'CADUCO',
} as const;

/** The RUC under which a party appears in Peruvian files. */
export function peRuc(party: Party): Identifier {
  const id = party.kind === 'PERSON' ? taxDocument(party, 'PE') : party.taxId;
  if (!id) throw new Error(`Party ${party.id} has no Peruvian RUC`);
  return id;
}

/** Writes the Peruvian registers: cadastre, REINFO, taxpayer register and beneficial owners. */
export function writePeRegisters(e: Emitter, rng: Rng): void {
  const rights = e.world.rights.filter((r) => r.country === 'PE');
  for (const right of rights) writeCatastro(e, rng, right);
  for (const right of rights) if (right.stratum === 'IN_FORMALISATION') writeReinfo(e, rng, right);
  for (const org of e.world.orgs.values()) {
    if (org.country !== 'PE') continue;
    writePadron(e, rng, org);
    for (const owner of org.owners) writeBeneficiary(e, rng, org, owner);
  }
  for (const person of personalTaxpayers(e, rights)) writePersonPadron(e, rng, person);
}

// Miners who hold a right in their own name pay tax under a personal RUC (10 + DNI + check digit),
// so the taxpayer register lists them beside the companies.
function personalTaxpayers(e: Emitter, rights: readonly MiningRight[]): Person[] {
  const persons = new Map<string, Person>();
  for (const right of rights) {
    const holder = e.world.party(right.holderIds[0] ?? '');
    if (holder.kind === 'PERSON') persons.set(holder.id, holder);
  }
  return [...persons.values()];
}

function writePersonPadron(e: Emitter, rng: Rng, person: Person): void {
  const adult = person.birth.year + 18;
  emitRow(
    e,
    'PE-PADRON-RUC',
    {
      RUC: peRuc(person).value,
      RAZON_SOCIAL: partyName(rng, person, CAREFUL),
      TIPO_CONTRIBUYENTE: 'PERSONA NATURAL CON NEGOCIO',
      ESTADO: 'ACTIVO',
      CONDICION: 'HABIDO',
      FECHA_INSCRIPCION: {
        year: rng.int(Math.max(adult, 1995), 2021),
        month: rng.int(1, 12),
        day: rng.int(1, 28),
      },
      CIIU: ciiuOf('MINER'),
      DIRECCION: optional(rng, CAREFUL, person.address),
      DEPARTAMENTO: person.place.department,
    },
    [['RAZON_SOCIAL', person.id]],
  );
}

function writeCatastro(e: Emitter, rng: Rng, right: MiningRight): void {
  const holder = e.world.party(right.holderIds[0] ?? '');
  emitRow(
    e,
    'PE-CATASTRO',
    {
      CODIGO_UNICO: right.code,
      NOMBRE_DERECHO: right.name,
      TITULAR: partyName(rng, holder, CAREFUL),
      RUC_TITULAR: writtenId(e, rng, peRuc(holder), holder.id, CAREFUL),
      ESTADO_LEGAL: PE_STATUS[right.status],
      SUSTANCIA: 'METALICA',
      HECTAREAS: squareHectares(right.sideKm),
      DEPARTAMENTO: right.place.department,
      PROVINCIA: right.place.province,
      DISTRITO: right.place.district,
      FECHA_FORMULACION: right.granted,
      WKT: ringToWkt(squareRing(right.lon, right.lat, right.sideKm)),
    },
    [['TITULAR', holder.id]],
  );
}

function writeReinfo(e: Emitter, rng: Rng, right: MiningRight): void {
  const holder = e.world.party(right.holderIds[0] ?? '');
  emitRow(
    e,
    'PE-REINFO',
    {
      RUC: writtenId(e, rng, peRuc(holder), holder.id, SLOPPY),
      NOMBRE: partyName(rng, holder, SLOPPY),
      CODIGO_UNICO: right.code,
      NOMBRE_DERECHO_MINERO: optional(rng, SLOPPY, right.name),
      DEPARTAMENTO: right.place.department,
      PROVINCIA: right.place.province,
      DISTRITO: right.place.district,
      ESTADO: right.status === 'EXTINCT' || right.status === 'SUSPENDED' ? 'SUSPENDIDO' : 'VIGENTE',
      FECHA_INSCRIPCION: { year: rng.int(2017, 2021), month: rng.int(1, 12), day: rng.int(1, 28) },
    },
    [['NOMBRE', holder.id]],
  );
}

function writePadron(e: Emitter, rng: Rng, org: Organisation): void {
  const rep = e.world.persons.get(org.representativeId);
  const repDoc = rep ? documentFor(rep, 'PE') : undefined;
  const parties: [string, string][] = [['RAZON_SOCIAL', org.id]];
  if (rep) parties.push(['REPRESENTANTE_NOMBRE', rep.id]);
  emitRow(
    e,
    'PE-PADRON-RUC',
    {
      RUC: org.taxId.value,
      RAZON_SOCIAL: partyName(rng, org, CAREFUL),
      TIPO_CONTRIBUYENTE: org.legalForm === 'EIRL' ? 'EMPRESA INDIVIDUAL DE RESP. LTDA' : 'SOCIEDAD ANONIMA',
      ESTADO: org.active ? 'ACTIVO' : 'BAJA DE OFICIO',
      CONDICION: org.located ? 'HABIDO' : 'NO HABIDO',
      FECHA_INSCRIPCION: org.registered,
      CIIU: org.ciiu,
      DIRECCION: optional(rng, CAREFUL, org.address),
      DEPARTAMENTO: org.place.department,
      REPRESENTANTE_TIPO_DOC: repDoc ? docType(repDoc) : undefined,
      REPRESENTANTE_NUM_DOC: repDoc && rep ? writtenId(e, rng, repDoc, rep.id, CAREFUL) : undefined,
      REPRESENTANTE_NOMBRE: rep ? partyName(rng, rep, CAREFUL) : undefined,
    },
    parties,
  );
}

function writeBeneficiary(
  e: Emitter,
  rng: Rng,
  org: Organisation,
  owner: Organisation['owners'][number],
): void {
  const person = e.world.person(owner.personId);
  const doc = documentFor(person, 'PE');
  if (!doc) return;
  const name = noisyPersonName(rng, person, CAREFUL);
  const via = owner.viaOrgId ? e.world.org(owner.viaOrgId) : undefined;
  emitRow(
    e,
    'PE-BENEFICIARIO-FINAL',
    {
      RUC_PERSONA_JURIDICA: org.taxId.value,
      TIPO_DOC: docType(doc),
      NUM_DOC: writtenId(e, rng, doc, person.id, CAREFUL),
      APELLIDO_PATERNO: name.paternal,
      APELLIDO_MATERNO: name.maternal,
      NOMBRES: name.given,
      NACIONALIDAD: person.nationality,
      FECHA_NACIMIENTO: optional(rng, CAREFUL, noisyBirthDate(rng, person.birth, CAREFUL)),
      CRITERIO: owner.criterion,
      PORCENTAJE: owner.percent,
      RUC_INTERMEDIARIO: via?.country === 'PE' ? via.taxId.value : undefined,
      FECHA_DECLARACION: {
        year: Math.max(2020, owner.since.year),
        month: rng.int(1, 12),
        day: rng.int(1, 28),
      },
    },
    [['NOMBRES', person.id]],
  );
}

/** Peruvian document type of an identifier: DNI, CE, PASAPORTE or RUC. */
export function docType(id: Identifier): string {
  if (id.country === 'PE') return id.scheme === 'DNI' ? 'DNI' : id.scheme === 'RUC' ? 'RUC' : 'CE';
  return 'PASAPORTE';
}
