import { Transform, type TransformCallback } from 'node:stream';
import type { Token } from 'stream-json/parser.js';
import { readLimitExceeded, type ReadLimits } from './read-limits.js';

/**
 * Passes the tokens of a FeatureCollection's features on while each feature stays within the
 * bounds (its characters, its vertices) and the file within the number of features, and fails
 * the file as soon as one is passed: the features are assembled whole downstream, so a
 * million-vertex polygon is refused before it is held.
 */
export class FeatureBound extends Transform {
  // Depth 1 is inside the features array: a value that starts there is a feature.
  private depth = 0;
  private features = 0;
  private vertices = 0;
  private chars = 0;
  private afterArrayStart = false;

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
    if (this.depth === 1 && startsValue(name)) {
      this.features++;
      this.vertices = 0;
      this.chars = 0;
      if (this.features > this.limits.maxFeatures)
        return this.exceeded(
          'maxFeatures',
          `it has more than ${this.limits.maxFeatures.toLocaleString('en')} features`,
        );
    }
    if (name === 'startObject' || name === 'startArray') this.depth++;
    else if (name === 'endObject' || name === 'endArray') this.depth--;
    else if (token.name === 'stringChunk' || token.name === 'numberChunk') this.chars += token.value.length;
    if (this.vertices > this.limits.maxVertices)
      return this.exceeded('maxVertices', `feature ${this.features} has more vertices`);
    if (this.chars > this.limits.maxFeatureChars)
      return this.exceeded('maxFeatureChars', `feature ${this.features} is too long`);
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
