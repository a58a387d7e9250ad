import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { mkdirSync } from 'node:fs';
import { monthKey } from './calendar.js';
import type { Progress } from '../core/progress.js';
import { silentProgress } from '../core/progress.js';
import { VetaError } from '../core/veta-error.js';
import type { Emitter } from './emit/emitter.js';
import { runExporters } from './flows/exports.js';
import { runTracks, writeDetections, writePrices, writeProtectedAreas } from './flows/field-data.js';
import { Stocks, type MonthContext } from './flows/month-context.js';
import { PeriodBook } from './flows/production.js';
import { runPanners, runProducers } from './flows/producers.js';
import { TradeStatistics } from './flows/trade-statistics.js';
import { runMiddlemen } from './flows/traders.js';
import { withNoiseLevel } from './noise.js';
import type { SimulateOptions } from './options.js';
import { writeCoRegisters } from './registers/co-registers.js';
import { writeBoRegisters, writeEcRegisters } from './registers/ec-bo-registers.js';
import { writePartyRecords } from './registers/party-records.js';
import { writePeRegisters } from './registers/pe-registers.js';
import { plantSchemes } from './schemes/plant.js';
import { entityTruths, truthHeader } from './truth-entities.js';
import { TruthWriter } from './truth.js';
import { buildWorld, COUNTRIES } from './world/build-world.js';
import { Market } from './world/prices.js';
import type { World } from './world/world.js';
import { Outputs, type FileSummary } from './writers/outputs.js';

/** What one run wrote. */
export interface SimulationSummary {
  readonly outDir: string;
  readonly seed: number;
  readonly scale: string;
  readonly months: number;
  readonly files: readonly FileSummary[];
  readonly totalRows: number;
  readonly schemeInstances: number;
  readonly partyRecords: number;
}

/** Simulates the region for a seed and scale and writes every layout plus truth.json into options.outDir. */
export async function simulateRegion(
  options: SimulateOptions,
  progress: Progress = silentProgress,
): Promise<SimulationSummary> {
  return withNoiseLevel(options.noise ?? 'normal', () => simulate(options, progress));
}

async function simulate(options: SimulateOptions, progress: Progress): Promise<SimulationSummary> {
  const market = new Market();
  const world = buildWorld(options);
  checkPriceCoverage(world, market);
  mkdirSync(options.outDir, { recursive: true });
  const truth = new TruthWriter(options.outDir);
  if (options.plantSchemes !== false) plantSchemes(world, truth);
  const e: Emitter = { world, out: new Outputs(options.outDir), truth, market };
  writeRegisters(e);
  await runMonths(e, progress);
  writeDetections(e);
  const files = await e.out.close();
  truth.finish(truthHeader(options), entityTruths(world));
  progress.done();
  return {
    outDir: options.outDir,
    seed: options.seed,
    scale: options.scale,
    months: world.months.length,
    files,
    totalRows: files.reduce((sum, f) => sum + f.rows, 0),
    schemeInstances: truth.planted.length,
    partyRecords: truth.partyRecords,
  };
}

function checkPriceCoverage(world: World, market: Market): void {
  const missing = world.months.find((m) => !market.covers(m));
  if (missing) {
    throw new VetaError(
      'USAGE',
      `The real gold price series ends before ${monthKey(missing)}; choose --from and --to within 1833-01 and 2026-06.`,
    );
  }
}

function writeRegisters(e: Emitter): void {
  const rng = e.world.rng.fork('registers');
  writePeRegisters(e, rng.fork('PE'));
  writeCoRegisters(e, rng.fork('CO'));
  writeEcRegisters(e, rng.fork('EC'));
  writeBoRegisters(e, rng.fork('BO'));
  writePartyRecords(e, rng.fork('INTL'));
  writePrices(e);
  writeProtectedAreas(e);
}

async function runMonths(e: Emitter, progress: Progress): Promise<void> {
  const shared = {
    stocks: new Stocks(),
    trade: new TradeStatistics(),
    book: new PeriodBook(),
    serials: new Map<string, number>(),
  };
  for (const [index, month] of e.world.months.entries()) {
    for (const country of COUNTRIES) {
      const ctx: MonthContext = {
        e,
        month,
        index,
        rng: e.world.rng.fork(`flows/${country}/${monthKey(month)}`),
        ...shared,
      };
      runProducers(ctx, country);
      if (country === 'CO') runPanners(ctx);
      runMiddlemen(ctx, country);
      runExporters(ctx, country);
      if (country === 'BO') {
        shared.book.flush(e, ctx, index === e.world.lastMonth);
        runTracks({ ...ctx, rng: e.world.rng.fork(`tracks/${monthKey(month)}`) });
      }
    }
    progress.update(index + 1);
    // XLSX rows wait in memory until deflate catches up; the progress bar redraws on the event loop.
    await e.out.drain();
    await yieldToEventLoop();
  }
  shared.trade.write(e, e.world.rng.fork('trade-statistics'), e.world.mirrorGaps);
}
