import { CAREFUL, SLOPPY, noisyBirthDate } from '../noise.js';
import type { Rng } from '../rng.js';
import { emitRow, optional, partyName, writtenId, type Emitter } from '../emit/emitter.js';
import { spanishCountryName } from '../emit/countries.js';
import { ringToWkt, squareHectares, squareRing } from '../world/geography.js';
import { nitDv } from '../world/identifiers.js';
import { legalForm } from '../world/legal-forms.js';
import { documentFor } from '../world/parties.js';
import type { Identifier, MiningRight, Organisation, Panner, Party } from '../world/types.js';

const CO_STATUS = {
  IN_FORCE: 'VIGENTE',
  IN_PROCESS: 'VIGENTE',
  SUSPENDED: 'SUSPENDIDO',
  EXTINCT: 'TERMINADO',
} as const;

/** The Colombian document of a party: NIT for companies, CC (or passport) for persons. */
export function coDocument(party: Party): Identifier {
  const id = party.kind === 'PERSON' ? documentFor(party, 'CO') : party.taxId;
  if (!id) throw new Error(`Party ${party.id} has no Colombian document`);
  return id;
}

/** Colombian document type: NIT, CC, CE or PA. */
export function coDocType(id: Identifier): string {
  if (id.country !== 'CO') return 'PA';
  return id.scheme === 'NIT' ? 'NIT' : 'CC';
}

/** Writes the Colombian registers: titles, RUCOM, company register and beneficial owners. */
export function writeCoRegisters(e: Emitter, rng: Rng): void {
  const rights = e.world.rights.filter((r) => r.country === 'CO');
  for (const right of rights) writeTitle(e, rng, right);
  for (const right of rights) if (right.mine && right.status !== 'EXTINCT') writeRucomMiner(e, rng, right);
  for (const panner of e.world.panners) writeRucomPanner(e, rng, panner);
  for (const trader of e.world.tradersOf('CO', 'EXPORTER')) {
    const org = e.world.org(trader.orgId);
    if (!org.roles.includes('MINER'))
      writeRucom(e, rng, org, 'COMERCIALIZADOR', undefined, org.place.district);
  }
  for (const org of e.world.orgs.values()) {
    if (org.country !== 'CO') continue;
    writeRues(e, rng, org);
    for (const owner of org.owners) writeRub(e, rng, org, owner);
  }
}

function writeTitle(e: Emitter, rng: Rng, right: MiningRight): void {
  const holders = right.holderIds.map((id) => e.world.party(id));
  const titulares = holders.map((h) => {
    const doc = coDocument(h);
    const number = doc.scheme === 'NIT' ? `${doc.value}-${nitDv(doc.value)}` : doc.value;
    return `${coDocType(doc)} ${number} ${partyName(rng, h, CAREFUL, false)}`;
  });
  emitRow(
    e,
    'CO-TITULOS',
    {
      CODIGO_EXPEDIENTE: right.code,
      MODALIDAD:
        right.status === 'IN_PROCESS'
          ? 'SOLICITUD DE LEGALIZACION'
          : right.stratum === 'LARGE'
            ? 'CONTRATO DE CONCESION (L 685)'
            : 'LICENCIA DE EXPLOTACION',
      ESTADO: CO_STATUS[right.status],
      TITULARES: titulares.join('|'),
      MINERALES: right.mine?.byProducts.some((b) => b.metal === 'AG') ? 'ORO, PLATA' : 'ORO',
      AREA_HA: squareHectares(right.sideKm),
      DEPARTAMENTO: right.place.department,
      MUNICIPIO: right.place.district,
      FECHA_INSCRIPCION: right.granted,
      CAPACIDAD_PTO_G_MES: right.capacityG,
      WKT: ringToWkt(squareRing(right.lon, right.lat, right.sideKm)),
    },
    holders.map((h, i) => [`TITULARES[${i + 1}]`, h.id] as const),
  );
}

function writeRucomMiner(e: Emitter, rng: Rng, right: MiningRight): void {
  const holder = e.world.party(right.holderIds[0] ?? '');
  const classification =
    right.stratum === 'IN_FORMALISATION'
      ? rng.pick(['SOLICITANTE DE LEGALIZACION', 'SUBCONTRATO DE FORMALIZACION'])
      : 'TITULAR MINERO';
  writeRucom(e, rng, holder, classification, right.code, right.place.district);
}

function writeRucomPanner(e: Emitter, rng: Rng, panner: Panner): void {
  writeRucom(e, rng, e.world.person(panner.personId), 'BAREQUERO', undefined, panner.place.district);
}

function writeRucom(
  e: Emitter,
  rng: Rng,
  party: Party,
  classification: string,
  code: string | undefined,
  municipality: string,
): void {
  const doc = coDocument(party);
  emitRow(
    e,
    'CO-RUCOM',
    {
      TIPO_DOCUMENTO: coDocType(doc) === 'PA' ? 'CE' : coDocType(doc),
      NUMERO_DOCUMENTO: writtenId(e, rng, doc, party.id, SLOPPY),
      DV: doc.scheme === 'NIT' ? nitDv(doc.value) : undefined,
      NOMBRE: partyName(rng, party, SLOPPY, false),
      CLASIFICACION: classification,
      CODIGO_EXPEDIENTE: code,
      MUNICIPIO: municipality,
      DEPARTAMENTO: party.place.department,
      ESTADO: 'CERTIFICADO',
      FECHA_CERTIFICACION: { year: rng.int(2019, 2021), month: rng.int(1, 12), day: rng.int(1, 28) },
    },
    [['NOMBRE', party.id]],
  );
}

function writeRues(e: Emitter, rng: Rng, org: Organisation): void {
  const rep = e.world.persons.get(org.representativeId);
  const repDoc = rep ? documentFor(rep, 'CO') : undefined;
  const parties: [string, string][] = [['RAZON_SOCIAL', org.id]];
  if (rep) parties.push(['REPRESENTANTE_LEGAL', rep.id]);
  emitRow(
    e,
    'CO-RUES',
    {
      NIT: org.taxId.value,
      DV: nitDv(org.taxId.value),
      RAZON_SOCIAL: partyName(rng, org, CAREFUL),
      ORGANIZACION_JURIDICA: legalForm(org.legalForm).canonical || 'S.A.S.',
      FECHA_MATRICULA: org.registered,
      ESTADO_MATRICULA: org.active ? 'ACTIVA' : 'CANCELADA',
      CIIU: org.ciiu,
      DIRECCION: optional(rng, CAREFUL, org.address),
      MUNICIPIO: org.place.district,
      CAPITAL_COP: org.capital * 1000,
      REPRESENTANTE_LEGAL_DOC: repDoc && rep ? writtenId(e, rng, repDoc, rep.id, CAREFUL) : undefined,
      REPRESENTANTE_LEGAL: rep ? partyName(rng, rep, CAREFUL) : undefined,
    },
    parties,
  );
}

function writeRub(e: Emitter, rng: Rng, org: Organisation, owner: Organisation['owners'][number]): void {
  const person = e.world.person(owner.personId);
  const doc = coDocument(person);
  emitRow(
    e,
    'CO-RUB',
    {
      NIT_SOCIEDAD: org.taxId.value,
      TIPO_DOC_BENEFICIARIO: coDocType(doc),
      NUM_DOC: writtenId(e, rng, doc, person.id, CAREFUL),
      NOMBRE_COMPLETO: partyName(rng, person, CAREFUL, true),
      PAIS_NACIONALIDAD: spanishCountryName(person.nationality),
      FECHA_NACIMIENTO: optional(rng, CAREFUL, noisyBirthDate(rng, person.birth, CAREFUL)),
      PORCENTAJE_PARTICIPACION: owner.percent,
      CONDICION:
        owner.criterion === 'PROPIEDAD'
          ? 'TITULARIDAD'
          : owner.criterion === 'CONTROL'
            ? 'CONTROL'
            : 'BENEFICIO',
      NIT_INTERMEDIARIO: owner.viaOrgId ? e.world.org(owner.viaOrgId).taxId.value : undefined,
      FECHA_INICIO: owner.since,
    },
    [['NOMBRE_COMPLETO', person.id]],
  );
}
