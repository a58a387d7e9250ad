import { basename } from 'node:path';
import { pipeline } from 'node:stream';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { isVetaError, VetaError } from '../../core/veta-error.js';
import { rejectControlCharacters } from './control-characters.js';
import { FeatureBound } from './feature-bound.js';
import { countedReadStream } from './file-stream.js';
import type { RawRow, RowSource } from './raw-row.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js';

/** The column that carries a feature's geometry, as GeoJSON text. */
export const GEOMETRY_COLUMN = 'geometry';

/**
 * Streams the features of a GeoJSON FeatureCollection as raw rows, one feature at a time: each
 * property becomes a column (objects as JSON text) and the geometry its own column. Row N is the
 * Nth feature. `expected` names the columns to report when the collection is empty. A feature
 * past the limits (characters, vertices) or a file of too many features fails with READ_LIMIT.
 */
export async function openGeoJson(
  path: string,
  expected: readonly string[],
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<RowSource> {
  const file = basename(path);
  // pipeline() destroys the last stage on any error, so the loop below sees parse errors too.
  const input = countedReadStream(path);
  const features = pipeline(
    input.stream,
    parser.asStream(),
    pick.asStream({ filter: 'features' }),
    new FeatureBound(file, limits),
    streamArray.asStream(),
    () => undefined,
  ) as AsyncIterable<{ key: number; value: unknown }>;
  const iterator = features[Symbol.asyncIterator]();
  const first = await nextFeature(iterator, file);
  // GeoJSON has no header row: the first feature's properties stand for it, so a file of another
  // layout is caught by its missing columns. An empty collection has nothing to check.
  const properties = first.done === true ? expected : propertyNames(first.value.value);
  return {
    header: [...properties, GEOMETRY_COLUMN],
    rows: featureRows(first, iterator, file),
    bytesRead: () => input.bytesRead(),
    close: () => input.stream.destroy(),
  };
}

async function* featureRows(
  first: IteratorResult<{ key: number; value: unknown }>,
  iterator: AsyncIterator<{ key: number; value: unknown }>,
  file: string,
): AsyncGenerator<RawRow> {
  for (let next = first; next.done !== true; next = await nextFeature(iterator, file)) {
    yield featureRow(next.value.key + 1, next.value.value);
  }
}

async function nextFeature(
  iterator: AsyncIterator<{ key: number; value: unknown }>,
  file: string,
): Promise<IteratorResult<{ key: number; value: unknown }>> {
  try {
    return await iterator.next();
  } catch (error) {
    if (isVetaError(error)) throw error;
    throw new VetaError(
      'FILE_UNREADABLE',
      `${file} is not valid GeoJSON (${error instanceof Error ? error.message : String(error)}). Check that the export finished.`,
      { cause: error },
    );
  }
}

function featureRow(rowNumber: number, feature: unknown): RawRow {
  if (!isRecord(feature) || feature.type !== 'Feature') {
    return {
      rowNumber,
      values: { _raw: JSON.stringify(feature) },
      problems: [
        {
          column: null,
          code: 'FEATURE_INVALID',
          message: `Feature ${rowNumber} is not a GeoJSON Feature object.`,
        },
      ],
    };
  }
  const values: Record<string, string> = {};
  const properties = isRecord(feature.properties) ? feature.properties : {};
  for (const [name, value] of Object.entries(properties)) values[name] = propertyText(value);
  values[GEOMETRY_COLUMN] =
    feature.geometry === null || feature.geometry === undefined ? '' : JSON.stringify(feature.geometry);
  return rejectControlCharacters({ rowNumber, values, problems: [] });
}

function propertyNames(feature: unknown): string[] {
  return isRecord(feature) && isRecord(feature.properties) ? Object.keys(feature.properties) : [];
}

function propertyText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
