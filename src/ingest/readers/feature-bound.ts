import { Transform, type TransformCallback } from 'node:stream';
import type { Token } from 'stream-json/parser.js';
import { VetaError } from '../../core/veta-error.js';
import { readLimitExceeded, type ReadLimits } from './read-limits.js';

/**
 * Arrays and objects open at once inside one feature. A MultiPolygon's coordinates nest five deep
 * inside the feature and properties rarely hold more than a level or two; the features are assembled
 * and written back as JSON by recursion, which a nesting thousands deep exhausts. Fixed rather than a
 * setting: no genuine file comes near it.
 */
export const MAX_FEATURE_DEPTH = 64;

// Depths counted from outside the features array: 1 inside it, 2 inside a feature, 3 inside its
// properties.
const IN_FEATURES = 1;
const IN_FEATURE = 2;
const IN_PROPERTIES = 3;

/**
 * Passes the tokens of a FeatureCollection's features on while each feature stays within the
 * bounds (its characters, its vertices, its properties as columns, its nesting) and the file within
 * the number of features, and fails
 * the file as soon as one is passed: the features are assembled whole downstream, so a
 * million-vertex polygon is refused before it is held.
 */
export class FeatureBound extends Transform {
  // Depth 1 is inside the features array: a value that starts there is a feature.
  private depth = 0;
  private features = 0;
  private vertices = 0;
  private chars = 0;
  private properties = 0;
  private afterArrayStart = false;
  // The key just read inside a feature, and whether the object open at depth 3 is its properties.
  private featureKey = '';
  private inProperties = false;

  constructor(
    private readonly file: string,
    private readonly limits: ReadLimits,
  ) {
    super({ objectMode: true });
  }

  override _transform(token: Token, _encoding: BufferEncoding, callback: TransformCallback): void {
    const failure = this.count(token);
    if (failure) return callback(failure);
    callback(null, token);
  }

  private count(token: Token): Error | undefined {
    const { name } = token;
    // A position is an array whose first element is a number: [lon, lat] or [lon, lat, height].
    if (this.afterArrayStart && (name === 'startNumber' || name === 'numberValue')) this.vertices++;
    this.afterArrayStart = name === 'startArray';
    if (this.depth === IN_FEATURES && startsValue(name)) {
      this.features++;
      this.vertices = 0;
      this.chars = 0;
      this.properties = 0;
      if (this.features > this.limits.maxFeatures)
        return this.exceeded(
          'maxFeatures',
          `it has more than ${this.limits.maxFeatures.toLocaleString('en')} features`,
        );
    }
    if (token.name === 'keyValue') return this.countKey(token.value);
    if (name === 'startObject' || name === 'startArray') return this.open(name);
    if (name === 'endObject' || name === 'endArray') this.depth--;
    else if (token.name === 'stringChunk' || token.name === 'numberChunk') this.chars += token.value.length;
    if (this.vertices > this.limits.maxVertices)
      return this.exceeded('maxVertices', `feature ${this.features} has more vertices`);
    if (this.chars > this.limits.maxFeatureChars)
      return this.exceeded('maxFeatureChars', `feature ${this.features} is too long`);
    return undefined;
  }

  private open(name: 'startObject' | 'startArray'): Error | undefined {
    if (this.depth === IN_FEATURE)
      this.inProperties = name === 'startObject' && this.featureKey === 'properties';
    this.depth++;
    if (this.depth - IN_FEATURES > MAX_FEATURE_DEPTH)
      return new VetaError(
        'READ_LIMIT',
        `${this.file} was not loaded: feature ${this.features} nests arrays or objects more than ${MAX_FEATURE_DEPTH} deep, which no geometry or property needs. Export the file again as plain GeoJSON.`,
      );
    return undefined;
  }

  /** Each property is a column of its feature's row, as the geometry is one more. */
  private countKey(key: string): Error | undefined {
    if (this.depth === IN_FEATURE) this.featureKey = key;
    if (this.depth !== IN_PROPERTIES || !this.inProperties) return undefined;
    this.properties++;
    if (this.properties + 1 > this.limits.maxColumns)
      return this.exceeded(
        'maxColumns',
        `feature ${this.features} has more properties (each a column, as is its geometry)`,
      );
    return undefined;
  }

  private exceeded(key: keyof ReadLimits, found: string): Error {
    return readLimitExceeded(this.file, key, this.limits, found);
  }
}

// The tokens a value can start with; a streamed string or number also ends in a packed value token.
function startsValue(name: Token['name']): boolean {
  return (
    name === 'startObject' ||
    name === 'startArray' ||
    name === 'startString' ||
    name === 'startNumber' ||
    name === 'nullValue' ||
    name === 'trueValue' ||
    name === 'falseValue'
  );
}
