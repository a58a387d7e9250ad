import { Transform, type TransformCallback } from 'node:stream';
import { readLimitExceeded, type ReadLimits } from './read-limits.js';

/**
 * Passes decoded text on while no line is longer than a CSV record may be, and fails the file as
 * soon as one is. csv-parse bounds a record by the characters of its values only, so a line of
 * bare separators (200 MB of ";") grew its array of empty values until the heap ran out.
 */
export class LineBound extends Transform {
  // Characters since the last line break, and line breaks so far (for the line number).
  private run = 0;
  private lines = 1;

  constructor(
    private readonly file: string,
    private readonly limits: ReadLimits,
  ) {
    super({ decodeStrings: false, encoding: 'utf8' });
  }

  override _transform(chunk: string, _encoding: BufferEncoding, callback: TransformCallback): void {
    const max = this.limits.maxRecordChars;
    let start = 0;
    // Old Mac exports end lines with \r alone: either break ends a line.
    let feed = chunk.indexOf('\n');
    let ret = chunk.indexOf('\r');
    while (feed >= 0 || ret >= 0) {
      const at = feed < 0 ? ret : ret < 0 ? feed : Math.min(feed, ret);
      if (this.run + at - start > max) return callback(this.tooLong());
      if (at === feed) {
        this.lines++;
        feed = chunk.indexOf('\n', at + 1);
      } else ret = chunk.indexOf('\r', at + 1);
      this.run = 0;
      start = at + 1;
    }
    this.run += chunk.length - start;
    if (this.run > max) return callback(this.tooLong());
    callback(null, chunk);
  }

  private tooLong(): Error {
    return readLimitExceeded(this.file, 'maxRecordChars', this.limits, `line ${this.lines} is too long`);
  }
}
