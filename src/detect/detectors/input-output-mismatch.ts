import type { Queryable } from '../../store/engine/database.js';
import { severityFor, type AlertDraft, type Evidence } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { es, en, isoDay } from '../explain.js';
import { detectorSql } from '../sql-file.js';
import { byInputOrder, inputName, unitLabel } from './input-names.js';
import { isoMonth, isoMonthEnd, monthNumber } from '../months.js';
import { windowGaps, type RightActivity, type RightMonth, type WindowGap } from './input-output-windows.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = ['maxFoldFromPeers', 'minPeers', 'windowMonths'] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

/** Inputs far above the peers per kg of gold (undeclared output), or far below them (laundering). */
export type Direction = 'INPUTS_ABOVE_PEERS' | 'INPUTS_BELOW_PEERS';

/** A right's run of consecutive windows far from its peers, in one direction. */
export interface Mismatch {
  right: string;
  user: string | null;
  country: string | null;
  stratum: string;
  region: string;
  direction: Direction;
  period: { start: string; end: string };
  gaps: WindowGap[];
  evidence: Evidence[];
}

interface GoldRow {
  right_id: string;
  period_start: Date;
  period_end: Date;
  fine_kg: string;
}

interface InputRow {
  right_id: string;
  input: string;
  unit: string;
  month: number;
  quantity: string;
}

interface UserRow {
  right_id: string;
  stratum: string | null;
  region: string | null;
  country: string | null;
  user_id: string | null;
}

interface EvidenceRow {
  table: string;
  right_id: string;
  day: Date;
  id: string;
  layout: string;
  row_number: number;
  file: string;
  item: string;
  quantity: string;
  unit: string;
}

interface User {
  activity: RightActivity;
  user: string | null;
  country: string | null;
  stratum: string;
  region: string;
}

// Peru's law treats small producers, artisanal producers and the miners formalising as them as one
// small-scale regime (Ley 27651): their inputs per gram follow the ore, not the title.
const SMALL_SCALE = new Set(['SMALL', 'ARTISANAL', 'IN_FORMALISATION']);

/** The rights whose inputs per kg of fine gold stay far from their peers' over consecutive windows. */
export async function mismatches(
  db: Queryable,
  thresholds: Readonly<Record<ThresholdName, number>>,
): Promise<Mismatch[]> {
  const rules = {
    windowMonths: thresholds.windowMonths,
    minPeers: thresholds.minPeers,
    maxFoldFromPeers: thresholds.maxFoldFromPeers,
  };
  const users = await usersOf(db);
  const gaps = windowGaps(
    [...users.values()].map((user) => user.activity),
    rules,
  );
  const runs: { user: User; above: boolean; gaps: WindowGap[] }[] = [];
  for (const gap of gaps.sort((a, b) =>
    a.right === b.right ? a.month.localeCompare(b.month) : a.right.localeCompare(b.right),
  )) {
    const user = users.get(gap.right);
    if (!user) continue;
    const open = runs.find(
      (run) =>
        run.user === user &&
        run.above === gap.above &&
        monthNumber(gap.month) - monthNumber(run.gaps[run.gaps.length - 1]?.month ?? gap.month) <= 1,
    );
    if (open) open.gaps.push(gap);
    else runs.push({ user, above: gap.above, gaps: [gap] });
  }
  const evidence = await evidenceOf(db, [...new Set(runs.map((run) => run.user.activity.right))]);
  return runs.map((run) => {
    const months = run.gaps.map((gap) => monthNumber(gap.month));
    // A window reaches back before the right's first month of activity only in name.
    const first = Math.min(...run.user.activity.months.keys());
    const start = isoMonth(Math.max(Math.min(...months) - rules.windowMonths + 1, first));
    const end = isoMonthEnd(Math.max(...months));
    const right = run.user.activity.right;
    return {
      right,
      user: run.user.user,
      country: run.user.country,
      stratum: run.user.stratum,
      region: run.user.region,
      direction: run.above ? 'INPUTS_ABOVE_PEERS' : 'INPUTS_BELOW_PEERS',
      period: { start, end },
      gaps: run.gaps,
      evidence: (evidence.get(right) ?? []).filter((item) => {
        const day = String(item.values.day);
        return day >= start && day <= end;
      }),
    };
  });
}

/** Every right that declares gold or receives inputs, with its peer group and monthly activity. */
async function usersOf(db: Queryable): Promise<Map<string, User>> {
  const [rows, gold, inputs] = await Promise.all([
    db.query<UserRow>(detectorSql('input-output-users')),
    db.query<GoldRow>(detectorSql('input-output-gold')),
    db.query<InputRow>(detectorSql('input-output-inputs')),
  ]);
  const users = new Map<string, User>();
  for (const row of rows) {
    if (row.stratum === null || row.region === null) continue;
    const tier = SMALL_SCALE.has(row.stratum) ? 'SMALL_SCALE' : row.stratum;
    users.set(row.right_id, {
      activity: { right: row.right_id, group: `${tier}|${row.region}`, months: new Map() },
      user: row.user_id,
      country: row.country,
      stratum: tier,
      region: row.region,
    });
  }
  const monthOf = (right: string, month: number): RightMonth | undefined => {
    const months = users.get(right)?.activity.months;
    if (!months) return undefined;
    const known = months.get(month) ?? { fineKg: 0, inputs: new Map<string, number>() };
    months.set(month, known);
    return known;
  };
  for (const row of gold) {
    const first = monthNumber(row.period_start);
    const last = Math.max(first, monthNumber(row.period_end));
    for (let month = first; month <= last; month++) {
      const entry = monthOf(row.right_id, month);
      if (entry) entry.fineKg += Number(row.fine_kg) / (last - first + 1);
    }
  }
  for (const row of inputs) {
    const entry = monthOf(row.right_id, row.month);
    const key = `${row.input} ${row.unit}`;
    entry?.inputs.set(key, (entry.inputs.get(key) ?? 0) + Number(row.quantity));
  }
  return users;
}

async function evidenceOf(db: Queryable, rights: readonly string[]): Promise<Map<string, Evidence[]>> {
  const byRight = new Map<string, Evidence[]>();
  if (rights.length === 0) return byRight;
  const rows = await db.query<EvidenceRow>(detectorSql('input-output-evidence'), [rights]);
  for (const row of rows) {
    const list = byRight.get(row.right_id) ?? [];
    list.push({
      table: row.table,
      layout: row.layout,
      id: row.id,
      file: row.file,
      row: row.row_number,
      role: row.table === 'input_transaction' ? 'input delivered to the right' : 'gold declared by the right',
      values: { day: isoDay(row.day), item: row.item, quantity: Number(row.quantity), unit: row.unit },
    });
    byRight.set(row.right_id, list);
  }
  return byRight;
}

/** The alert for a mismatch: severity by the largest fold from the peers; no inputs at all, or no output, is critical. */
export function mismatchAlert(mismatch: Mismatch, settings: DetectorSettings<ThresholdName>): AlertDraft {
  const worst = mismatch.gaps.reduce((a, b) => (worse(b, a) ? b : a));
  const fold = worst.fold;
  const bands = settings.severity.bands;
  const above = mismatch.direction === 'INPUTS_ABOVE_PEERS';
  const unit = { es: unitLabel(worst.unit, 'es'), en: unitLabel(worst.unit, 'en') };
  const perKg = (n: (value: number, digits?: number) => string, language: 'es' | 'en'): string =>
    worst.fineKg > 0
      ? `${n(worst.quantity / worst.fineKg, 1)} ${unit[language]}/kg`
      : language === 'es'
        ? 'sin oro declarado'
        : 'with no gold declared';
  // In one order: the gaps come in the order the database returned the rows, which a rerun may change.
  const inputs = [...new Set(mismatch.gaps.map((gap) => gap.input))].sort(byInputOrder);
  const names = {
    es: inputs.map((i) => inputName(i, 'es')).join(', '),
    en: inputs.map((i) => inputName(i, 'en')).join(', '),
  };
  // Set off by commas: the right and its user are each written "Name (ID)" (name-subjects.ts).
  const who = mismatch.user
    ? { es: `, de ${mismatch.user},`, en: `, of ${mismatch.user},` }
    : { es: '', en: '' };
  const peers = `${mismatch.stratum}, ${mismatch.region}`;
  return {
    typology: 'INPUT_OUTPUT_MISMATCH',
    severity: severityFor(fold, bands),
    score: Math.min(1, (fold - bands.low) / (bands.critical - bands.low)),
    country: mismatch.country,
    period: mismatch.period,
    subjects: [mismatch.right, ...(mismatch.user ? [mismatch.user] : [])],
    title: titleOf(mismatch.right, worst, above),
    explanation: {
      es: `Entre ${mismatch.period.start} y ${mismatch.period.end}, el derecho ${mismatch.right}${who.es} recibió ${es(worst.quantity)} ${unit.es} de ${inputName(worst.input, 'es')} y declaró ${es(worst.fineKg, 3)} kg de oro fino en los ${settingsWindow(settings)} meses a ${worst.month.slice(0, 7)} (${perKg(es, 'es')}), frente a una mediana de ${es(worst.peerMedian, 1)} ${unit.es}/kg de ${worst.peers} pares (${peers}): ${above ? 'insumos sin producción declarada sugieren producción no declarada' : 'producción sin insumos sugiere lavado a través del derecho'}. Insumos fuera de rango: ${names.es}.`,
      en: `Between ${mismatch.period.start} and ${mismatch.period.end}, right ${mismatch.right}${who.en} received ${en(worst.quantity)} ${unit.en} of ${inputName(worst.input, 'en')} and declared ${en(worst.fineKg, 3)} kg of fine gold in the ${settingsWindow(settings)} months to ${worst.month.slice(0, 7)} (${perKg(en, 'en')}), against a median of ${en(worst.peerMedian, 1)} ${unit.en}/kg among ${worst.peers} peers (${peers}): ${above ? 'inputs without declared output suggest undeclared production' : 'output without inputs suggests laundering through the right'}. Inputs out of range: ${names.en}.`,
    },
    figures: {
      direction: mismatch.direction,
      input: worst.input,
      unit: worst.unit,
      quantity: worst.quantity,
      fineKg: worst.fineKg,
      peerMedian: worst.peerMedian,
      peers: worst.peers,
      foldFromPeers: Number.isFinite(fold) ? fold : 'no inputs or no output',
      windows: mismatch.gaps.length,
    },
    evidence: mismatch.evidence,
  };
}

/** The larger fold; between equal folds (infinite ones, say) the more telling input, then the earlier window. */
function worse(a: WindowGap, b: WindowGap): boolean {
  if (a.fold !== b.fold) return a.fold > b.fold;
  const order = byInputOrder(a.input, b.input);
  return order !== 0 ? order < 0 : a.month < b.month;
}

function titleOf(right: string, worst: WindowGap, above: boolean): { es: string; en: string } {
  const input = { es: inputName(worst.input, 'es'), en: inputName(worst.input, 'en') };
  if (!Number.isFinite(worst.fold))
    return above
      ? {
          es: `El derecho ${right} recibe ${input.es} sin declarar oro`,
          en: `Right ${right} receives ${input.en} and declares no gold`,
        }
      : {
          es: `El derecho ${right} declara oro sin recibir ${input.es}`,
          en: `Right ${right} declares gold and receives no ${input.en}`,
        };
  return above
    ? {
        es: `El derecho ${right} recibe ${es(worst.fold)} veces el ${input.es} por kg de oro de sus pares`,
        en: `Right ${right} receives ${en(worst.fold)} times its peers' ${input.en} per kg of gold`,
      }
    : {
        es: `El derecho ${right} declara oro con ${es(worst.fold)} veces menos ${input.es} que sus pares`,
        en: `Right ${right} declares gold with ${en(worst.fold)} times less ${input.en} than its peers`,
      };
}

function settingsWindow(settings: DetectorSettings<ThresholdName>): number {
  return settings.thresholds.windowMonths;
}

/** INPUT_OUTPUT_MISMATCH: a right's controlled inputs per kg of gold far from its peers', either way. */
export const inputOutputMismatchDetector: Detector<ThresholdName> = {
  code: 'INPUT_OUTPUT_MISMATCH',
  thresholds: THRESHOLDS,
  // 1.0.1: the same inputs named, in the same order, and the same worst window on every run.
  // 1.0.2: the right's user set off by commas, not in parentheses beside the right's "Name (ID)".
  version: '1.0.2',
  async run(db, settings) {
    return (await mismatches(db, settings.thresholds)).map((mismatch) => mismatchAlert(mismatch, settings));
  },
};
