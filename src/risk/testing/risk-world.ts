import { peRucCheckDigit } from '@veta/standard';
import { alertId, type Severity } from '../../detect/alert.js';
import { loadLayouts, WINDOWS_EXPORT } from '../../detect/testing/load-layout.js';
import { runFullResolution } from '../../resolve/run-resolution.js';
import { alertRepository, type AlertToStore } from '../../store/alerts/alert-repository.js';
import type { Database } from '../../store/engine/database.js';

/** A Peruvian RUC with its check digit, from its first ten digits. */
export function ruc(first10: string): string {
  return `${first10}${peRucCheckDigit(first10)}`;
}

// The parties of the small world the risk tests score. Two Peruvian companies that buy gold and
// export it, one that only sits in the register, a right in Madre de Dios they buy from, a seller
// whose RUC fails its check digit, and a Colombian exporter.
const A = ruc('2010000001');
const B = ruc('2010000006');
const C = ruc('2010000011');
const SELLER = ruc('1045678901');
const BAD_SELLER = `${SELLER.slice(0, 10)}${(Number(SELLER.slice(10)) + 1) % 10}`;

/** The canonical ids of the world's subjects. */
export const WORLD = {
  companyA: `PE:RUC:${A}`,
  companyB: `PE:RUC:${B}`,
  companyC: `PE:RUC:${C}`,
  seller: `PE:RUC:${SELLER}`,
  badSeller: `PE:RUC:${BAD_SELLER}`,
  right: 'PE:MR:010000001',
  colombian: 'CO:NIT:900987654',
  corridorA: 'PE:MADRE DE DIOS>235>CH',
  corridorColombia: 'CO:UNKNOWN>MEDELLIN>CH',
} as const;

const WKT = 'POLYGON((-70.1 -12.9, -70.0 -12.9, -70.0 -12.8, -70.1 -12.8, -70.1 -12.9))';
let receipt = 0;

function company(id: string, name: string, address: string): string {
  return `${id};${name};SOCIEDAD ANONIMA;ACTIVO;HABIDO;01/02/2015;4662;${address};LIMA;DNI;13053468;CONDORI DÍAZ ROSA`;
}

function purchase(buyer: string, seller: string, date: string, fineGrams: number): string {
  receipt += 1;
  return `${date};${buyer};${seller};PEÑA QUISPE JUAN;010000001;${(fineGrams / 0.9).toFixed(2)};900;${fineGrams.toFixed(2)};1000.00;3.75;TRANSFERENCIA;E001-${String(receipt).padStart(6, '0')}`;
}

function damExport(exporter: string, name: string, date: string, fineKg: number): string {
  receipt += 1;
  const net = (fineKg / 0.8).toFixed(4);
  return `235-2024-40-${String(receipt).padStart(6, '0')};40;${date};${exporter};${name};7108120000;ORO EN BRUTO ALEADO (DORE);CH;235;${net};${net};800;${String(fineKg * 64000)};;HELVETIA PRECIOUS METALS AG`;
}

/** Loads the world through the real ingestion and resolves its parties into entities. */
export async function loadRiskWorld(db: Database): Promise<void> {
  await loadLayouts(
    db,
    {
      'PE-PADRON-RUC': [
        company(A, 'ORO ANDINO S.A.C.', 'AV. SOL 100'),
        company(B, 'METALES DEL SUR S.A.C.', 'JR. LUNA 200'),
        company(C, 'INVERSIONES CUSCO S.A.C.', 'CALLE ESTRELLA 300'),
      ],
      'PE-CATASTRO': [
        `010000001;DERECHO INAMBARI 1;JUAN PEÑA QUISPE;${SELLER};TITULADO;METALICA;100;MADRE DE DIOS;TAMBOPATA;INAMBARI;01/01/2010;${WKT}`,
      ],
      'PE-COMPRAS': [
        purchase(A, SELLER, '05/02/2024', 30),
        purchase(A, SELLER, '06/02/2024', 30),
        purchase(B, SELLER, '05/02/2024', 10),
        purchase(B, BAD_SELLER, '07/02/2024', 30),
      ],
      'PE-DAM': [
        damExport(A, 'ORO ANDINO S.A.C.', '20/02/2024', 0.05),
        damExport(B, 'METALES DEL SUR S.A.C.', '21/02/2024', 0.03),
      ],
    },
    WINDOWS_EXPORT,
  );
  await loadLayouts(
    db,
    {
      'CO-DEX': [
        '6017012345678;20/03/2024;900987654;7;COMERCIALIZADORA ANDINA S.A.S.;7108120000;ORO DORE;SUIZA;MEDELLIN;10;500000,00',
      ],
    },
    { encoding: 'latin1' },
  );
  await runFullResolution(db);
}

/** An alert as a detector would store it, naming `subjects`, of the typology and severity given. */
export function worldAlert(
  typology: string,
  severity: Severity,
  subjects: readonly string[],
  options: { score?: number; periodEnd?: string; country?: string } = {},
): AlertToStore {
  const end = options.periodEnd ?? '2024-02-29';
  const period = { start: `${end.slice(0, 8)}01`, end };
  return {
    id: alertId(typology, subjects, period),
    typology,
    severity,
    score: options.score ?? 0.5,
    country: options.country ?? subjects[0]?.slice(0, 2) ?? null,
    period,
    subjects: [...subjects],
    title: { es: `Alerta ${typology}`, en: `${typology} alert` },
    explanation: { es: 'Prueba.', en: 'Test.' },
    figures: {},
    evidence: [],
    detectorVersion: 'test',
  };
}

/** Stores alerts as detection would. */
export async function storeAlerts(db: Database, alerts: readonly AlertToStore[]): Promise<void> {
  await alertRepository.upsert(db, alerts);
}
