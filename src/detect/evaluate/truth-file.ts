import { basename } from 'node:path';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamValues } from 'stream-json/streamers/stream-values.js';
import { VetaError } from '../../core/veta-error.js';

/** A planted scheme as the simulator's truth.json records it. */
export interface PlantedScheme {
  typology: string;
  subjects: string[];
  period: { from: string; to: string };
  description: string;
  /** Other typologies the scheme shows by construction (the simulator's word). */
  alsoShows?: string[];
}

/** What detection is scored against: the planted schemes and the identifiers known to be typos. */
export interface Truth {
  schemes: PlantedScheme[];
  /** A mistyped identifier written in the data, and the true identifiers of the entity it stands for. */
  aliases: ReadonlyMap<string, readonly string[]>;
}

/**
 * Reads the answer key from a simulator's truth.json. The file also lists every party record (tens
 * of MB at the medium scale), so it is streamed and only the two keys scoring needs are kept.
 */
export async function readTruth(path: string): Promise<Truth> {
  const picked = pipeline(
    createReadStream(path),
    parser.asStream(),
    pick.asStream({ filter: /^(schemes|entities|identifierAliases)$/ }),
    streamValues.asStream(),
    () => undefined,
  ) as AsyncIterable<{ key: number; value: unknown }>;
  const values: unknown[] = [];
  try {
    for await (const { value } of picked) values.push(value);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      throw new VetaError(
        'PATH_NOT_FOUND',
        `${path} does not exist; pass the truth.json that veta simulate wrote.`,
      );
    }
    throw new VetaError(
      'TRUTH_INVALID',
      `${basename(path)} is not readable JSON (${error instanceof Error ? error.message : String(error)}); pass the truth.json that veta simulate wrote.`,
    );
  }
  // The picked keys arrive as bare values: two lists (schemes, entities) told apart by their
  // items, and one map (the aliases).
  const lists = values.filter((value) => Array.isArray(value));
  const schemes = lists.find((list) => list.every(isScheme));
  const entities = lists.find((list) => list !== schemes && list.every(isEntity)) ?? [];
  const aliases = values.find((value) => !Array.isArray(value));
  if (schemes === undefined) {
    throw new VetaError(
      'TRUTH_INVALID',
      `${basename(path)} has no "schemes" list of planted schemes (typology, subjects, period); pass the truth.json that veta simulate wrote.`,
    );
  }
  // A truth file is JSON from anywhere: its fields are checked, not trusted to match the type.
  const badShows = schemes.findIndex((scheme) => {
    const shows: unknown = scheme.alsoShows;
    return shows !== undefined && !(Array.isArray(shows) && shows.every((code) => typeof code === 'string'));
  });
  if (badShows >= 0) {
    throw new VetaError(
      'TRUTH_INVALID',
      `${basename(path)}: scheme ${String(badShows + 1)} (${schemes[badShows]?.typology ?? ''}) has an "alsoShows" that is not a list of typology codes; write it as ["ILLEGAL_MINING_SITE"] or leave it out.`,
    );
  }
  const identifiers = new Map(entities.map((entity) => [entity.id, entity.identifiers]));
  return {
    schemes,
    aliases: new Map(
      Object.entries(isStringRecord(aliases) ? aliases : {}).map(([written, entity]) => [
        written,
        identifiers.get(entity) ?? [],
      ]),
    ),
  };
}

function isEntity(value: unknown): value is { id: string; identifiers: string[] } {
  if (typeof value !== 'object' || value === null) return false;
  const entity = value as Record<string, unknown>;
  return typeof entity.id === 'string' && Array.isArray(entity.identifiers);
}

function isScheme(value: unknown): value is PlantedScheme {
  if (typeof value !== 'object' || value === null) return false;
  const scheme = value as Record<string, unknown>;
  return (
    typeof scheme.typology === 'string' &&
    Array.isArray(scheme.subjects) &&
    scheme.subjects.every((subject) => typeof subject === 'string') &&
    typeof scheme.period === 'object'
  );
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((entry) => typeof entry === 'string')
  );
}
