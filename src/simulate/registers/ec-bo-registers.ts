import { CAREFUL, SLOPPY } from '../noise.js';
import type { Rng } from '../rng.js';
import { emitRow, partyName, writtenId, type Emitter } from '../emit/emitter.js';
import { isoDay } from '../calendar.js';
import { ringToWkt, squareHectares, squareRing } from '../world/geography.js';
import { taxDocument } from '../world/parties.js';
import type { Identifier, Party } from '../world/types.js';
import { writeBoCompanies, writeEcCompanies } from './ec-bo-companies.js';

const EC_REGIME = {
  LARGE: 'GRAN MINERIA',
  MEDIUM: 'MEDIANA MINERIA',
  SMALL: 'PEQUEÑA MINERIA',
  ARTISANAL: 'MINERIA ARTESANAL',
  IN_FORMALISATION: 'MINERIA ARTESANAL',
} as const;
const EC_STATUS = {
  IN_FORCE: 'OTORGADA',
  IN_PROCESS: 'INSCRITA',
  SUSPENDED: 'SUSPENDIDA',
  EXTINCT: 'EXTINGUIDA',
} as const;
const BO_STATUS = {
  IN_FORCE: 'VIGENTE',
  IN_PROCESS: 'EN TRAMITE',
  SUSPENDED: 'EN TRAMITE',
  EXTINCT: 'EXTINGUIDO',
} as const;

/** The taxpayer number of a party in Ecuador (RUC) or Bolivia (NIT). */
export function taxIdIn(party: Party, country: 'EC' | 'BO'): Identifier {
  const id = party.kind === 'PERSON' ? taxDocument(party, country) : party.taxId;
  if (!id) throw new Error(`Party ${party.id} has no taxpayer number in ${country}`);
  return id;
}

/** Writes Ecuador's concession cadastre, then its company registers. */
export function writeEcRegisters(e: Emitter, rng: Rng): void {
  writeEcCadastre(e, rng);
  writeEcCompanies(e, rng);
}

function writeEcCadastre(e: Emitter, rng: Rng): void {
  for (const right of e.world.rights) {
    if (right.country !== 'EC') continue;
    const holder = e.world.party(right.holderIds[0] ?? '');
    // A person's concession is often filed under the bare cédula rather than the RUC.
    const id =
      holder.kind === 'PERSON' && rng.chance(0.5)
        ? (holder.ids[0] ?? taxIdIn(holder, 'EC'))
        : taxIdIn(holder, 'EC');
    emitRow(
      e,
      'EC-CATASTRO',
      {
        CODIGO: right.code,
        NOMBRE_AREA: right.name,
        TITULAR: partyName(rng, holder, CAREFUL),
        RUC_CEDULA: writtenId(e, rng, id, holder.id, CAREFUL),
        REGIMEN: EC_REGIME[right.stratum],
        FASE: right.mine ? 'EXPLOTACION' : 'EXPLORACION',
        ESTADO: EC_STATUS[right.status],
        SUPERFICIE_HA: squareHectares(right.sideKm),
        PROVINCIA: right.place.department,
        CANTON: right.place.province,
        // Dates arrive both as Excel dates and as text; both must be read.
        FECHA_OTORGAMIENTO: rng.chance(0.7) ? right.granted : isoDay(right.granted),
        GEOMETRIA_WKT: ringToWkt(squareRing(right.lon, right.lat, right.sideKm)),
      },
      [['TITULAR', holder.id]],
    );
  }
}

/** Writes Bolivia's register of mining rights (AJAM), then its commercial register (SEPREC). */
export function writeBoRegisters(e: Emitter, rng: Rng): void {
  writeBoRights(e, rng);
  writeBoCompanies(e, rng);
}

function writeBoRights(e: Emitter, rng: Rng): void {
  for (const right of e.world.rights) {
    if (right.country !== 'BO') continue;
    const holder = e.world.party(right.holderIds[0] ?? '');
    const cooperative = holder.kind === 'ORGANISATION' && holder.legalForm === 'COOP';
    emitRow(
      e,
      'BO-DERECHOS',
      {
        CODIGO_UNICO: right.code,
        DENOMINACION: right.name,
        TITULAR: partyName(rng, holder, SLOPPY),
        NIT: writtenId(e, rng, taxIdIn(holder, 'BO'), holder.id, SLOPPY),
        TIPO_ACTOR: cooperative ? 'COOPERATIVA' : 'PRIVADO',
        TIPO_DERECHO: cooperative ? 'CONTRATO' : rng.chance(0.6) ? 'ATE' : 'AMC',
        CUADRICULAS: Math.max(1, Math.round(squareHectares(right.sideKm) / 25)),
        DEPARTAMENTO: right.place.department,
        MUNICIPIO: right.place.district,
        ESTADO: BO_STATUS[right.status],
        WKT: ringToWkt(squareRing(right.lon, right.lat, right.sideKm)),
      },
      [['TITULAR', holder.id]],
    );
  }
}
