import { coNitCheckDigit, peRucCheckDigit } from '@veta/standard';
import { featureCollection, squareRing } from '../../detect/testing/geojson.js';
import { loadLayout, loadLayoutFile, WINDOWS_EXPORT } from '../../detect/testing/load-layout.js';
import { runFullResolution } from '../../resolve/run-resolution.js';
import { loadRiskWeights } from '../../risk/risk-weights.js';
import { runScoring } from '../../risk/run-scoring.js';
import { alertRepository, type AlertToStore } from '../../store/alerts/alert-repository.js';
import type { Database } from '../../store/engine/database.js';
import { entityRepository } from '../../store/entities/entity-repository.js';

const ruc = (base: string): string => `${base}${peRucCheckDigit(base)}`;

/** The parties, rights and places of the world, by the ids the records give them. */
export const WORLD = {
  /** A Peruvian gold trader with a Spanish name ("Peña"), buying from the mine and exporting. */
  trader: `PE:RUC:${ruc('2060000001')}`,
  /** Its sister company at the same registered address, with the same representative. */
  sister: `PE:RUC:${ruc('2060000002')}`,
  /** The mining company holding the Peruvian right. */
  mine: `PE:RUC:${ruc('2060000003')}`,
  /** Martha Colque: owns the trader in Peru, and a Colombian trader under a passport. */
  owner: 'PE:DNI:69143415',
  ownerAbroad: 'CO:PASSPORT:B53285681',
  /** A second owner of the Peruvian trader. */
  partner: 'PE:DNI:41000003',
  /** The representative of both Peruvian trading companies. */
  representative: 'PE:DNI:41000001',
  /** The Colombian trader. */
  colombian: 'CO:NIT:901480378',
  peRight: 'PE:MR:010000001',
  peRightElsewhere: 'PE:MR:010000002',
  coRight: 'CO:MR:ABC-123',
} as const;

const TRADER = WORLD.trader.slice(7);
const SISTER = WORLD.sister.slice(7);
const MINE = WORLD.mine.slice(7);
const CO_TRADER = '901480378';

/** A square right `side` degrees wide at its south-west corner, as WKT. */
function wkt(west: number, south: number, side: number): string {
  return `POLYGON((${squareRing(west, south, side)
    .map(([x = 0, y = 0]) => `${String(x)} ${String(y)}`)
    .join(', ')}))`;
}

/** A 1.2 ha satellite detection centred at (lon, lat). */
function detection(id: string, lon: number, lat: number, date: string) {
  return {
    properties: { id, detected_on: date, area_ha: 1.2, confidence: 0.9, source: 'GLAD' },
    rings: [squareRing(lon - 0.002, lat - 0.002, 0.004)],
  };
}

function alert(
  id: string,
  typology: string,
  country: string,
  subjects: string[],
  title: string,
): AlertToStore {
  return {
    id,
    typology,
    severity: 'high',
    score: 0.8,
    country,
    period: { start: '2024-01-01', end: '2024-03-31' },
    subjects,
    title: { es: title, en: title },
    explanation: { es: title, en: title },
    figures: {},
    evidence: [],
    detectorVersion: 'test',
  };
}

/**
 * Loads a small two-country world through the real ingestion, then resolves entities. Peru: a
 * trader buying 1.0 kg and 0.5 kg of fine gold (January, February 2024) from a mine declaring 2 kg
 * and 3 kg, and exporting 1.2 kg fine in February (FOB USD 80,000), which Switzerland reports
 * importing (1.3 kg, USD 90,000). Colombia: a trader buying 0.8 kg fine in March (priced in pesos
 * only) and exporting 1 kg of doré. One person owns traders in both countries: an analyst's
 * judgement makes her one entity. Gold is USD 2,000 per troy ounce throughout. Risk is scored last.
 */
export async function loadTwoCountryWorld(db: Database): Promise<void> {
  await loadLayout(db, 'GOLD-PRICE', ['2024-01,2000', '2024-02,2000', '2024-03,2000']);
  await loadLayout(db, 'PE-PADRON-RUC', [
    `${TRADER};COMERCIAL PEÑA ORO S.A.C.;SOCIEDAD ANONIMA CERRADA;ACTIVO;HABIDO;18/02/2021;4662;JR. AYACUCHO 642;LIMA;DNI;41000001;QUISPE MAMANI JUAN`,
    `${SISTER};INVERSIONES ANDINAS DEL SUR S.A.C.;SOCIEDAD ANONIMA CERRADA;ACTIVO;HABIDO;18/02/2021;4662;Jr Ayacucho 642;LIMA;DNI;41000001;QUISPE MAMANI JUAN`,
    `${MINE};MINERA SAN JOSÉ DE PATAZ S.A.;SOCIEDAD ANONIMA;ACTIVO;HABIDO;01/03/2001;0729;AV. LOS INCAS 100;LA LIBERTAD;DNI;41000002;HUAMÁN TORRES ROSA`,
  ]);
  await loadLayout(
    db,
    'PE-BENEFICIARIO-FINAL',
    [
      `${TRADER};DNI;69143415;COLQUE;MEJÍA;MARTHA PATRICIA;PE;11/07/1985;PROPIEDAD;60;;23/06/2021`,
      `${TRADER};DNI;41000003;PAREDES;APAZA;LUIS;PE;02/08/1976;PROPIEDAD;40;;23/06/2021`,
      `${SISTER};DNI;69143415;COLQUE;MEJÍA;MARTHA PATRICIA;PE;11/07/1985;PROPIEDAD;100;;23/06/2021`,
    ],
    WINDOWS_EXPORT,
  );
  await loadLayout(db, 'PE-CATASTRO', [
    `010000001;DERECHO PATAZ 1;MINERA SAN JOSÉ DE PATAZ S.A.;${MINE};TITULADO;METALICA;1200;LA LIBERTAD;PATAZ;PATAZ;01/01/2010;${wkt(-70.5, -12.9, 0.1)}`,
    `010000002;DERECHO PATAZ 2;MINERA SAN JOSÉ DE PATAZ S.A.;${MINE};EXTINGUIDO;METALICA;1200;LA LIBERTAD;PATAZ;PATAZ;01/01/2010;${wkt(-72, -14, 0.1)}`,
  ]);
  await loadLayout(db, 'PE-PRODUCCION', [
    `202401;010000001;${MINE};MINERA SAN JOSE DE PATAZ SA;PEQUEÑO PRODUCTOR;AU;2;KG`,
    `202402;010000001;${MINE};MINERA SAN JOSE DE PATAZ SA;PEQUEÑO PRODUCTOR;AU;3;KG`,
  ]);
  await loadLayout(db, 'PE-COMPRAS', [
    `15/01/2024;${TRADER};${MINE};MINERA SAN JOSE DE PATAZ;010000001;1111.11;900;1000.00;240000;3.75;TRANSFERENCIA;E001-000001`,
    `10/02/2024;${TRADER};${MINE};MINERA SAN JOSE DE PATAZ;010000001;555.56;900;500.00;120000;3.75;TRANSFERENCIA;E001-000002`,
  ]);
  await loadLayout(db, 'PE-DAM', [
    `235-2024-40-000001;40;20/02/2024;${TRADER};COMERCIAL PEÑA ORO S.A.C.;7108120000;ORO EN BRUTO ALEADO (DORE);CH;235;1.5;1.5;800;80000;;HELVETIA PRECIOUS METALS AG`,
  ]);
  await loadLayout(db, 'PE-BIENES-FISCALIZADOS', [
    `10/01/2024;${MINE};MERCURIO;3;KG;010000001;LA LIBERTAD;10`,
    `12/02/2024;${MINE};MERCURIO;2;KG;010000001;LA LIBERTAD;10`,
  ]);
  await loadLayoutFile(
    db,
    'COMTRADE.csv',
    'refYear,refMonth,reporterISO,partnerISO,flowCode,cmdCode,netWgt,qtyUnitAbbr,qty,cifvalue,fobvalue,primaryValue\n2024,2,CHE,PER,M,710812,1.3,kg,1.3,90000,,90000\n',
  );
  const latin1 = { ...WINDOWS_EXPORT, encoding: 'latin1' as const };
  await loadLayout(
    db,
    'CO-RUB',
    [`${CO_TRADER};PA;B53285681;COLQUE MEJÍA MARTHA PATRICIA;PERU;11/07/1985;100;TITULARIDAD;;10/03/2011`],
    latin1,
  );
  await loadLayout(
    db,
    'CO-TITULOS',
    [
      `ABC-123;LICENCIA DE EXPLOTACION;VIGENTE;CC 1077123456 MARÍA MOSQUERA PEÑA;ORO;120,5;CHOCÓ;TADÓ;12/11/2015;1.000;${wkt(-76.7, 5.1, 0.05)}`,
    ],
    latin1,
  );
  await loadLayout(
    db,
    'CO-CERTIFICADOS-ORIGEN',
    [
      `CO-2024-1;05/03/2024;${CO_TRADER};CC;1077123456;MARÍA MOSQUERA PEÑA;TITULAR MINERO;ABC-123;TADÓ;ORO;1.600;0,5;100.000.000`,
    ],
    latin1,
  );
  await loadLayout(
    db,
    'CO-DEX',
    [
      `6240000000001;17/03/2024 12:38;${CO_TRADER};${String(coNitCheckDigit(CO_TRADER))};COMERCIALIZADORA PEÑA GOLD S.A.S.;7108120000;ORO EN BRUTO ALEADO (DORE);ESTADOS UNIDOS;BOGOTA;1,000;50000,00`,
    ],
    latin1,
  );
  await loadLayoutFile(
    db,
    'PROTECTED-AREAS.geojson',
    featureCollection([
      {
        properties: {
          id: 'PE-RN-PRUEBA',
          name: 'Reserva Nacional Prueba',
          kind: 'PROTECTED_AREA',
          designation: 'Reserva Nacional',
          country: 'PE',
        },
        rings: [squareRing(-69.9, -12.9, 0.3)],
      },
      {
        properties: {
          id: 'CO-PNN-PRUEBA',
          name: 'Parque Nacional Prueba',
          kind: 'PROTECTED_AREA',
          designation: 'Parque Nacional Natural',
          country: 'CO',
        },
        rings: [squareRing(-76.3, 5.1, 0.3)],
      },
    ]),
  );
  await loadLayoutFile(
    db,
    'SATELLITE-ALERTS.geojson',
    featureCollection([
      detection('AMW-2024-000001', -70.45, -12.85, '2024-01-20'),
      detection('AMW-2024-000002', -76.68, 5.12, '2024-02-11'),
      detection('AMW-2024-000003', -60, -10, '2024-03-02'),
    ]),
  );
  await alertRepository.upsert(db, [
    alert(
      'A-PE-1',
      'TRADER_MASS_BALANCE',
      'PE',
      [WORLD.trader],
      'The Peruvian trader sold more than it bought',
    ),
    alert(
      'A-CO-1',
      'CROSS_BORDER_CONTROL',
      'CO',
      [WORLD.ownerAbroad, WORLD.colombian],
      'One person controls traders in two countries',
    ),
  ]);
  await runFullResolution(db);
  // The registers give the owner two documents; an analyst confirms they are one person.
  await entityRepository.judge(
    db,
    `PE-BENEFICIARIO-FINAL/${WORLD.owner}`,
    `CO-RUB/${WORLD.ownerAbroad}`,
    'CONFIRM',
    'Same name and birth date; passport in the Colombian register',
  );
  await runFullResolution(db);
  await runScoring(db, { weights: loadRiskWeights(), asOf: '2024-03-31' });
}

/** The entity that holds a party (by canonical id). */
export async function entityOf(db: Database, party: string): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    'SELECT min(entity_id) AS id FROM entity_member WHERE record_id = $1',
    [party],
  );
  if (row?.id == null) throw new Error(`no entity holds ${party}`);
  return row.id;
}
