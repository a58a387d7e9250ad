import { median } from '../median.js';
import { isoMonth, monthNumber } from '../months.js';

/** Fine gold one party bought from mines, or exported, in one month. */
export interface MonthlyFlow {
  country: string;
  party: string;
  /** yyyy-mm */
  month: string;
  fineKg: number;
}

/** The two series a shift is read from, with the months each country's file covers. */
export interface BorderFlows {
  /** Gold bought from mines (first-hand), by buyer. */
  purchases: readonly MonthlyFlow[];
  /** Gold exported, by exporter. */
  exports: readonly MonthlyFlow[];
  purchaseCoverage: ReadonlyMap<string, Span>;
  exportCoverage: ReadonlyMap<string, Span>;
}

/** First and last month (yyyy-mm), both included. */
export interface Span {
  first: string;
  last: string;
}

/** What a shift must show to count: the typology's thresholds. */
export interface ShiftThresholds {
  /** Least fall of the gold the source's buyers buy from mines, as a share of its usual level. */
  minFall: number;
  /** Least rise of the destination's gold exports beyond the gold its buyers bought from mines, as a share of its usual exports. */
  minRise: number;
  /** Least ratio of the smaller to the larger of the fall and the rise, in kilograms: the gold that left shows up. */
  minBalance: number;
  /** Least fine gold a month that moved (the smaller of the fall and the rise). */
  minKgPerMonth: number;
  minWindowMonths: number;
  /** Longest window: a longer shift shows as consecutive windows, each measured against the months beside it. */
  maxWindowMonths: number;
  /** Months on each side of the window whose median is each series' usual level (at least this many in all). */
  baselineMonths: number;
  /** Least months on each side: a level read on one side only takes a trend or a step for a shift. */
  minSideMonths: number;
  /** Least share of the shift (the smaller of the fall and the rise) the window shows against each side alone. */
  minSideShare: number;
  /**
   * Least correlation, month by month over the window and the months beside it, of the source's
   * fall with the destination's rise: the two move together, starting and stopping in the same months.
   */
  minCorrelation: number;
}

/** Months in which gold bought from the source's mines fell while its neighbour's exports rose beyond its own mines' gold. */
export interface BorderShift {
  from: string;
  to: string;
  window: Span;
  /** Months in the window. */
  length: number;
  /** Usual monthly level (median of the months beside the window) and the window's mean. */
  fromUsualKg: number;
  fromWindowKg: number;
  toUsualKg: number;
  toWindowKg: number;
  /** The fall of the source's purchases from mines, kg a month. */
  fallKg: number;
  /**
   * The rise of the destination's exports beyond its own purchases from mines, kg a month: gold
   * its own mines account for (a recovery, a new mine) does not count.
   */
  riseKg: number;
  /** How closely, month by month, the fall and the rise move together (Pearson's r). */
  correlation: number;
  /** The destination's exporters that carried the rise, largest first, with their monthly rise. */
  carriers: { party: string; riseKg: number }[];
}

/** A window that passes, before the carriers are named: its score and where it lies in its pair's months. */
interface Candidate {
  shift: BorderShift;
  score: number;
  start: number;
  end: number;
  months: string[];
}

/**
 * Windows in which the gold the source's buyers bought from mines fell and the gold its
 * neighbour exported beyond what its own buyers bought from mines rose, each against its usual level (the median of the months beside the
 * window), and against each side on its own: a level that stays changed after the window is a step,
 * not a shift that ends. Within a pair, a window is scored by the source's fall over its threshold, times the
 * square root of its length, the balance of the fall and the rise in kilograms and how closely
 * they move together month by month, so it stops
 * where the shift stops rather than stretching over quiet months. Across pairs, one explanation per
 * shift: the strongest window is taken first, and no later one may share its source's fall or its
 * destination's rise over overlapping months. Both sides of a window must have months to compare
 * with: a shift still under way when the data ends shows once some months after it are in. `allowed` says whether a window may count, from the
 * rules in force in its first month.
 */
export function borderShifts(
  flows: BorderFlows,
  pairs: readonly (readonly [string, string])[],
  thresholds: ShiftThresholds,
  allowed: (from: string, to: string, firstMonth: string) => boolean,
): BorderShift[] {
  const candidates = pairs.flatMap(([from, to]) =>
    pairCandidates(flows, from, to, thresholds, (month) => allowed(from, to, month)),
  );
  candidates.sort((a, b) => b.score - a.score || a.shift.window.first.localeCompare(b.shift.window.first));
  const chosen: Candidate[] = [];
  const overlap = (a: BorderShift, b: BorderShift): boolean =>
    a.window.first <= b.window.last && b.window.first <= a.window.last;
  for (const candidate of candidates)
    if (
      chosen.every(
        ({ shift: other }) =>
          !overlap(candidate.shift, other) ||
          (candidate.shift.from !== other.from && candidate.shift.to !== other.to),
      )
    )
      chosen.push(candidate);
  return chosen
    .map(({ shift, start, end, months }) => ({
      ...shift,
      carriers: carriers(
        flows.exports,
        shift.to,
        months,
        { start, end, baselineMonths: thresholds.baselineMonths },
        shift.riseKg,
      ),
    }))
    .filter((shift) => shift.carriers.length > 0)
    .sort((a, b) => a.window.first.localeCompare(b.window.first) || a.from.localeCompare(b.from));
}

/** Every window that passes the thresholds for one ordered pair, scored. */
function pairCandidates(
  flows: BorderFlows,
  from: string,
  to: string,
  thresholds: ShiftThresholds,
  allowed: (firstMonth: string) => boolean,
): Candidate[] {
  // The destination's own purchases count only over the months its file covers: outside them, a
  // missing file would read as gold exported with nothing bought.
  const destinationBuys = flows.purchaseCoverage.get(to);
  const months = commonMonths([
    flows.purchaseCoverage.get(from),
    flows.exportCoverage.get(to),
    ...(destinationBuys ? [destinationBuys] : []),
  ]);
  const source = monthlyTotals(flows.purchases, from, months);
  const exported = monthlyTotals(flows.exports, to, months);
  const bought = monthlyTotals(flows.purchases, to, months);
  const unbacked = exported.map((kg, index) => kg - (bought[index] ?? 0));
  const candidates: Candidate[] = [];
  for (let start = 0; start < months.length; start++) {
    const first = months[start];
    if (first === undefined || !allowed(first)) continue;
    const longest = Math.min(months.length, start + thresholds.maxWindowMonths);
    for (let end = start + thresholds.minWindowMonths - 1; end < longest; end++) {
      const last = months[end];
      if (last === undefined) continue;
      const around = (series: readonly number[]): number[] =>
        aside(series, start, end, thresholds.baselineMonths);
      if (
        around(source).length < thresholds.baselineMonths ||
        start < thresholds.minSideMonths ||
        months.length - 1 - end < thresholds.minSideMonths
      )
        continue;
      const fromUsual = median(around(source));
      const toUsual = median(around(exported));
      const fromWindow = mean(source.slice(start, end + 1));
      const toWindow = mean(exported.slice(start, end + 1));
      const fall = fromUsual - fromWindow;
      const rise = mean(unbacked.slice(start, end + 1)) - median(around(unbacked));
      const moved = Math.min(fall, rise);
      const balance = moved / Math.max(fall, rise);
      const span = {
        from: Math.max(0, start - thresholds.baselineMonths),
        to: end + thresholds.baselineMonths + 1,
      };
      // Against each side alone too: a level the window leaves on one side only is a step (a new
      // exporter that keeps shipping, a mine that stays closed), not a shift that ends. By a share
      // of the shift, so that a month's wobble around a step does not pass for its other side.
      const unbackedWindow = mean(unbacked.slice(start, end + 1));
      const margin = thresholds.minSideShare * moved;
      const eachSide =
        sideLevels(source, start, end, thresholds.baselineMonths).every(
          (level) => level - fromWindow >= margin,
        ) &&
        sideLevels(unbacked, start, end, thresholds.baselineMonths).every(
          (level) => unbackedWindow - level >= margin,
        );
      const together = correlation(
        source.slice(span.from, span.to).map((kg) => -kg),
        unbacked.slice(span.from, span.to),
      );
      if (
        !eachSide ||
        together < thresholds.minCorrelation ||
        fromUsual <= 0 ||
        fall < thresholds.minFall * fromUsual ||
        rise < thresholds.minRise * toUsual ||
        // The exports themselves rise: a fall of the destination's own purchases alone is no gold arriving.
        toWindow - toUsual < thresholds.minRise * toUsual ||
        balance < thresholds.minBalance ||
        moved < thresholds.minKgPerMonth
      )
        continue;
      // The source's fall, over its threshold, is the strength; the destination's rise only has to
      // pass its own and match the fall, so that a small neighbour's large relative rise (from any
      // cause) does not outbid the neighbour whose rise is the fall's own gold.
      const strength = fall / fromUsual / thresholds.minFall;
      candidates.push({
        shift: {
          from,
          to,
          window: { first, last },
          length: end - start + 1,
          fromUsualKg: fromUsual,
          fromWindowKg: fromWindow,
          toUsualKg: toUsual,
          toWindowKg: toWindow,
          fallKg: fall,
          riseKg: rise,
          correlation: together,
          carriers: [],
        },
        score: strength * Math.sqrt(end - start + 1) * balance * together,
        start,
        end,
        months,
      });
    }
  }
  return candidates;
}

/**
 * The destination's exporters whose own rise makes up at least half of the country's, largest
 * first (at most three): those an analyst looks at.
 */
function carriers(
  exports: readonly MonthlyFlow[],
  country: string,
  months: readonly string[],
  { start, end, baselineMonths }: { start: number; end: number; baselineMonths: number },
  rise: number,
): BorderShift['carriers'] {
  const parties = [...new Set(exports.filter((e) => e.country === country).map((e) => e.party))];
  const rises = parties
    .map((party) => {
      const series = monthlyTotals(exports, country, months, party);
      return {
        party,
        riseKg: mean(series.slice(start, end + 1)) - median(aside(series, start, end, baselineMonths)),
      };
    })
    .filter((carrier) => carrier.riseKg > 0)
    .sort((a, b) => b.riseKg - a.riseKg || a.party.localeCompare(b.party));
  const chosen: BorderShift['carriers'] = [];
  for (const carrier of rises) {
    if (chosen.length === 3 || chosen.reduce((sum, c) => sum + c.riseKg, 0) >= rise / 2) break;
    chosen.push(carrier);
  }
  return chosen;
}

/** The months (yyyy-mm) every span covers, in order. */
function commonMonths(spans: readonly (Span | undefined)[]): string[] {
  if (spans.some((span) => span === undefined)) return [];
  const first = Math.max(...spans.map((span) => monthNumber(span?.first ?? '')));
  const last = Math.min(...spans.map((span) => monthNumber(span?.last ?? '')));
  const months: string[] = [];
  for (let month = first; month <= last; month++) months.push(isoMonth(month).slice(0, 7));
  return months;
}

function monthlyTotals(
  flows: readonly MonthlyFlow[],
  country: string,
  months: readonly string[],
  party?: string,
): number[] {
  const totals = new Map<string, number>();
  for (const flow of flows)
    if (flow.country === country && (party === undefined || flow.party === party))
      totals.set(flow.month, (totals.get(flow.month) ?? 0) + flow.fineKg);
  return months.map((month) => totals.get(month) ?? 0);
}

/** The median of the months on each side of a window that has months there (up to `count`). */
function sideLevels(series: readonly number[], start: number, end: number, count: number): number[] {
  return [series.slice(Math.max(0, start - count), start), series.slice(end + 1, end + 1 + count)]
    .filter((side) => side.length > 0)
    .map(median);
}

/** The months next to a window, up to `count` on each side: a level that a slow trend moves little. */
function aside(series: readonly number[], start: number, end: number, count: number): number[] {
  return [...series.slice(Math.max(0, start - count), start), ...series.slice(end + 1, end + 1 + count)];
}

/** Pearson's correlation of two series of one length; 0 where either does not vary. */
function correlation(a: readonly number[], b: readonly number[]): number {
  const meanA = mean(a);
  const meanB = mean(b);
  let product = 0;
  let squaresA = 0;
  let squaresB = 0;
  a.forEach((value, index) => {
    const x = value - meanA;
    const y = (b[index] ?? meanB) - meanB;
    product += x * y;
    squaresA += x * x;
    squaresB += y * y;
  });
  return squaresA > 0 && squaresB > 0 ? product / Math.sqrt(squaresA * squaresB) : 0;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
