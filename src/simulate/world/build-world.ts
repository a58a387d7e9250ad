import { REGION_COUNTRIES } from '@veta/standard';
import { monthRange } from '../calendar.js';
import { countsFor, type SimulateOptions } from '../options.js';
import { Rng } from '../rng.js';
import { createChain, createRefiners } from './build-chain.js';
import { createPanners, createProducers } from './build-producers.js';
import { createAssets, createLegalDetections } from './build-field.js';
import { IdentifierFactory } from './identifiers.js';
import { World } from './world.js';
import type { CountryCode } from './types.js';

/** The countries in the order the simulator builds and writes them. */
export const COUNTRIES: readonly CountryCode[] = REGION_COUNTRIES;

/** Builds the clean region for a seed and scale: parties, rights, chains and field assets. */
export function buildWorld(options: Pick<SimulateOptions, 'seed' | 'scale' | 'from' | 'to'>): World {
  const root = new Rng(`veta-simulator/${options.seed}/${options.scale}`);
  const world = new World(
    root,
    monthRange(options.from, options.to),
    new IdentifierFactory(root.fork('identifiers')),
  );
  createRefiners(world, root.fork('refiners'));
  for (const country of COUNTRIES) {
    const counts = countsFor(country, options.scale);
    const rng = root.fork(`country/${country}`);
    createChain(world, country, counts, rng);
    createProducers(world, country, counts, rng);
    if (country === 'CO') createPanners(world, counts.panners, rng);
  }
  createAssets(world, root.fork('assets'));
  createLegalDetections(world, root.fork('detections'));
  return world;
}
