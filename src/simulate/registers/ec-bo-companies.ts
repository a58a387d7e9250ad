import { CAREFUL, noisyBirthDate, noisyPersonName } from '../noise.js';
import type { Rng } from '../rng.js';
import { emitRow, optional, partyName, writtenId, type Emitter } from '../emit/emitter.js';
import { spanishCountryName } from '../emit/countries.js';
import { documentFor } from '../world/parties.js';
import type { BeneficialInterest, Identifier, Organisation, Party } from '../world/types.js';

// How each company register writes the simulator's legal forms. Cooperatives are absent on purpose:
// they register with the cooperatives authority, not with the Superintendencia or SEPREC.
const EC_COMPANY_TYPE: Readonly<Record<string, string>> = {
  SA: 'ANÓNIMA',
  CIALTDA: 'RESPONSABILIDAD LIMITADA',
};
const BO_COMPANY_TYPE: Readonly<Record<string, string>> = {
  SA: 'SOCIEDAD ANÓNIMA',
  SRL: 'SOCIEDAD DE RESPONSABILIDAD LIMITADA',
  LTDA: 'LTDA.',
};

/** A shareholder of a company: a person, or the company it is held through (a layered structure). */
interface Holding {
  readonly holder: Party;
  readonly percent: number;
  readonly since: BeneficialInterest['since'];
}

/**
 * The shareholders a company register lists, from the declared owners: direct owners by property
 * hold their own shares; owners through an intermediary are represented by it, holding their sum.
 * Control without property (and senior officials) is no shareholding.
 */
function shareholders(e: Emitter, org: Organisation): Holding[] {
  const holdings = new Map<string, Holding>();
  for (const owner of org.owners) {
    if (owner.criterion !== 'PROPIEDAD') continue;
    const holder = owner.viaOrgId ? e.world.org(owner.viaOrgId) : e.world.person(owner.personId);
    const before = holdings.get(holder.id);
    holdings.set(holder.id, {
      holder,
      percent: (before?.percent ?? 0) + owner.percent,
      since: before?.since ?? owner.since,
    });
  }
  return [...holdings.values()];
}

/** The companies of a country its register lists, with their file number, in a stable order. */
function registered(e: Emitter, country: string, types: Readonly<Record<string, string>>): Organisation[] {
  return [...e.world.orgs.values()].filter((org) => org.country === country && types[org.legalForm]);
}

/** Writes Ecuador's company register, its shareholders and the SRI's beneficial owners (REBEFICS). */
export function writeEcCompanies(e: Emitter, rng: Rng): void {
  registered(e, 'EC', EC_COMPANY_TYPE).forEach((org, i) => {
    const expediente = String(700001 + i);
    writeCompania(e, rng, org, expediente);
    for (const holding of shareholders(e, org)) writeAccionista(e, rng, org, expediente, holding);
    for (const owner of org.owners) writeRebefics(e, rng, org, owner);
  });
}

/** Writes Bolivia's commercial register (SEPREC) and its partners; Bolivia has no register of beneficial owners. */
export function writeBoCompanies(e: Emitter, rng: Rng): void {
  registered(e, 'BO', BO_COMPANY_TYPE).forEach((org, i) => {
    const matricula = String(1000001 + i).padStart(8, '0');
    writeSeprec(e, rng, org, matricula);
    for (const holding of shareholders(e, org)) writeSocio(e, rng, org, matricula, holding);
  });
}

function writeCompania(e: Emitter, rng: Rng, org: Organisation, expediente: string): void {
  const rep = e.world.persons.get(org.representativeId);
  const repDoc = rep ? documentFor(rep, 'EC') : undefined;
  // Only a cédula is a representative's number here; a foreigner's passport is left out.
  const named = repDoc?.scheme === 'CI' && rep !== undefined;
  emitRow(
    e,
    'EC-COMPANIAS',
    {
      EXPEDIENTE: expediente,
      RUC: org.taxId.value,
      NOMBRE: partyName(rng, org, CAREFUL),
      TIPO_COMPANIA: EC_COMPANY_TYPE[org.legalForm],
      // The Superintendencia declares inactive the companies that stop filing; shells end dissolved.
      SITUACION_LEGAL: !org.active ? 'DISUELTA' : org.located ? 'ACTIVA' : 'INACTIVA',
      FECHA_CONSTITUCION: org.registered,
      PROVINCIA: org.place.department,
      CANTON: org.place.province,
      DIRECCION: optional(rng, CAREFUL, org.address),
      CAPITAL_SUSCRITO_USD: org.capital,
      CEDULA_REPRESENTANTE: named ? writtenId(e, rng, repDoc, rep.id, CAREFUL) : undefined,
      REPRESENTANTE_LEGAL: named ? partyName(rng, rep, CAREFUL) : undefined,
    },
    named
      ? [
          ['NOMBRE', org.id],
          ['REPRESENTANTE_LEGAL', rep.id],
        ]
      : [['NOMBRE', org.id]],
  );
}

function writeAccionista(e: Emitter, rng: Rng, org: Organisation, expediente: string, h: Holding): void {
  const doc = holderDocument(h.holder, 'EC');
  emitRow(
    e,
    'EC-ACCIONISTAS',
    {
      EXPEDIENTE: expediente,
      RUC_COMPANIA: org.taxId.value,
      TIPO_IDENTIFICACION: ecDocType(doc),
      IDENTIFICACION: writtenId(e, rng, doc, h.holder.id, CAREFUL),
      NOMBRE: partyName(rng, h.holder, CAREFUL),
      NACIONALIDAD: spanishCountryName(nationality(h.holder)),
      CAPITAL_USD: Math.round(org.capital * h.percent) / 100,
      PORCENTAJE: h.percent,
    },
    [['NOMBRE', h.holder.id]],
  );
}

const REBEFICS_CRITERION = { PROPIEDAD: 'PROPIEDAD', CONTROL: 'CONTROL', CARGO: 'ADMINISTRACIÓN' } as const;

function writeRebefics(e: Emitter, rng: Rng, org: Organisation, owner: BeneficialInterest): void {
  const person = e.world.person(owner.personId);
  const doc = holderDocument(person, 'EC');
  const name = noisyPersonName(rng, person, CAREFUL);
  const via = owner.viaOrgId ? e.world.org(owner.viaOrgId) : undefined;
  emitRow(
    e,
    'EC-REBEFICS',
    {
      RUC_SOCIEDAD: org.taxId.value,
      TIPO_IDENTIFICACION: ecDocType(doc),
      IDENTIFICACION: writtenId(e, rng, doc, person.id, CAREFUL),
      APELLIDO_PATERNO: name.paternal,
      APELLIDO_MATERNO: name.maternal,
      NOMBRES: name.given,
      NACIONALIDAD: spanishCountryName(person.nationality),
      FECHA_NACIMIENTO: optional(rng, CAREFUL, noisyBirthDate(rng, person.birth, CAREFUL)),
      TIPO_BENEFICIARIO: REBEFICS_CRITERION[owner.criterion],
      PORCENTAJE: owner.percent,
      RUC_INTERMEDIARIO: via?.country === 'EC' ? via.taxId.value : undefined,
      // REBEFICS opened in 2022: earlier interests were reported in its first year.
      FECHA_REPORTE: { year: Math.max(2022, owner.since.year), month: rng.int(1, 12), day: rng.int(1, 28) },
    },
    [['NOMBRES', person.id]],
  );
}

function writeSeprec(e: Emitter, rng: Rng, org: Organisation, matricula: string): void {
  const rep = e.world.persons.get(org.representativeId);
  const repDoc = rep ? documentFor(rep, 'BO') : undefined;
  const named = repDoc?.scheme === 'CI' && rep !== undefined;
  emitRow(
    e,
    'BO-SEPREC',
    {
      MATRICULA: matricula,
      NIT: org.taxId.value,
      RAZON_SOCIAL: partyName(rng, org, CAREFUL),
      TIPO_SOCIETARIO: BO_COMPANY_TYPE[org.legalForm],
      // A shell stops renewing its matrícula before it is cancelled.
      ESTADO: !org.active ? 'CANCELADA' : org.located ? 'ACTIVA' : 'NO ACTUALIZADA',
      FECHA_INSCRIPCION: org.registered,
      DEPARTAMENTO: org.place.department,
      MUNICIPIO: org.place.district,
      DOMICILIO: optional(rng, CAREFUL, org.address),
      // The matrícula states the capital in bolivianos.
      CAPITAL_BS: org.capital,
      CI_REPRESENTANTE: named ? writtenId(e, rng, repDoc, rep.id, CAREFUL) : undefined,
      REPRESENTANTE_LEGAL: named ? partyName(rng, rep, CAREFUL, false) : undefined,
    },
    named
      ? [
          ['RAZON_SOCIAL', org.id],
          ['REPRESENTANTE_LEGAL', rep.id],
        ]
      : [['RAZON_SOCIAL', org.id]],
  );
}

function writeSocio(e: Emitter, rng: Rng, org: Organisation, matricula: string, h: Holding): void {
  const doc = holderDocument(h.holder, 'BO');
  emitRow(
    e,
    'BO-SOCIOS',
    {
      MATRICULA: matricula,
      NIT_EMPRESA: org.taxId.value,
      TIPO_DOCUMENTO: boDocType(doc),
      NUMERO_DOCUMENTO: writtenId(e, rng, doc, h.holder.id, CAREFUL),
      NOMBRE_SOCIO: partyName(rng, h.holder, CAREFUL, false),
      NACIONALIDAD: spanishCountryName(nationality(h.holder)),
      PORCENTAJE: h.percent,
      FECHA_INGRESO: h.since,
    },
    [['NOMBRE_SOCIO', h.holder.id]],
  );
}

/** A holder's document in a country's register: a company's taxpayer number, a person's cédula or passport. */
function holderDocument(holder: Party, country: 'EC' | 'BO'): Identifier {
  const doc = holder.kind === 'PERSON' ? documentFor(holder, country) : holder.taxId;
  if (!doc) throw new Error(`Party ${holder.id} has no document for the ${country} register`);
  return doc;
}

function nationality(holder: Party): string {
  return holder.kind === 'PERSON' ? holder.nationality : holder.country;
}

/** Bolivia's type of document: CI, NIT or PASAPORTE (a foreigner's). */
function boDocType(id: Identifier): string {
  if (id.scheme === 'PASSPORT' || id.country !== 'BO') return 'PASAPORTE';
  return id.scheme === 'NIT' ? 'NIT' : 'CI';
}

/** Ecuador's type of identification: CEDULA, RUC or PASAPORTE. */
function ecDocType(id: Identifier): string {
  if (id.scheme === 'PASSPORT' || id.country !== 'EC') return 'PASAPORTE';
  return id.scheme === 'RUC' ? 'RUC' : 'CEDULA';
}
