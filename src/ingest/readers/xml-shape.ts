/** What an XML part does that a reader must not hold: a DTD, nesting too deep, a stretch too long. */
export type XmlShapeProblem = 'dtd' | 'depth' | 'stretch';

/** The bounds a part is scanned against. */
export interface XmlShapeBounds {
  /** Elements open at once. */
  readonly maxDepth: number;
  /** Bytes from one '<' to the next: one tag, or one text such as a cell's value. */
  readonly maxStretch: number;
}

const enum State {
  Text,
  Open,
  Tag,
  CloseTag,
  Bang,
  Declaration,
  Comment,
  CData,
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;
const BANG = 0x21;
const QUESTION = 0x3f;
const DASH = 0x2d;
const BRACKET_OPEN = 0x5b;
const BRACKET_CLOSE = 0x5d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/**
 * Scans the bytes of one XML part as they inflate, without building anything, for the shapes that
 * make an XML parser hold unbounded memory: deep nesting (the parser keeps every open element), a
 * long stretch without markup (it keeps a text or a tag whole), and a DTD (entity expansion; a
 * workbook never declares one). It also counts the elements with one local name (shared strings).
 */
export class XmlShape {
  #state = State.Text;
  #depth = 0;
  #stretch = 0;
  #quote = 0;
  #last = 0;
  #previous = 0;
  #nameMatched = 0;
  #inName = false;
  #elements = 0;
  #problem: XmlShapeProblem | null = null;
  readonly #counted: Buffer;

  constructor(
    private readonly bounds: XmlShapeBounds,
    countedName = '',
  ) {
    this.#counted = Buffer.from(countedName, 'latin1');
  }

  /** The first problem met, if any: once one is met the scan stops. */
  get problem(): XmlShapeProblem | null {
    return this.#problem;
  }

  /** Elements seen so far with the counted local name (prefix ignored). */
  get elements(): number {
    return this.#elements;
  }

  /** Scans the next bytes of the part; false once a problem is met. */
  write(chunk: Uint8Array): boolean {
    for (let index = 0; index < chunk.length && this.#problem === null; index++) {
      const byte = chunk[index] ?? 0;
      if (++this.#stretch > this.bounds.maxStretch) this.#problem = 'stretch';
      else this.#step(byte);
      this.#previous = this.#last;
      this.#last = byte;
    }
    return this.#problem === null;
  }

  #step(byte: number): void {
    switch (this.#state) {
      case State.Text:
        if (byte === LT) {
          this.#state = State.Open;
          this.#stretch = 1;
        }
        return;
      case State.Open:
        return this.#open(byte);
      case State.Tag:
        return this.#tag(byte);
      case State.CloseTag:
        if (byte === GT) {
          this.#depth = Math.max(0, this.#depth - 1);
          this.#state = State.Text;
        }
        return;
      case State.Bang:
        if (byte === DASH) this.#state = State.Comment;
        else if (byte === BRACKET_OPEN) this.#state = State.CData;
        // <!DOCTYPE and <!ENTITY: the only other declarations XML has, both parts of a DTD.
        else this.#problem = 'dtd';
        return;
      case State.Declaration:
        if (byte === GT) this.#state = State.Text;
        return;
      case State.Comment:
        if (byte === GT && this.#last === DASH && this.#previous === DASH) this.#state = State.Text;
        return;
      case State.CData:
        if (byte === GT && this.#last === BRACKET_CLOSE && this.#previous === BRACKET_CLOSE)
          this.#state = State.Text;
        return;
    }
  }

  #open(byte: number): void {
    if (byte === SLASH) this.#state = State.CloseTag;
    else if (byte === BANG) this.#state = State.Bang;
    else if (byte === QUESTION) this.#state = State.Declaration;
    else {
      this.#state = State.Tag;
      this.#quote = 0;
      this.#inName = true;
      this.#nameMatched = 0;
      this.#name(byte);
    }
  }

  #tag(byte: number): void {
    if (this.#quote !== 0) {
      if (byte === this.#quote) this.#quote = 0;
      return;
    }
    if (byte === DOUBLE_QUOTE || byte === SINGLE_QUOTE) this.#quote = byte;
    else if (byte === GT) this.#endTag();
    else if (this.#inName) this.#name(byte);
  }

  #name(byte: number): void {
    if (isSpace(byte) || byte === SLASH) this.#inName = false;
    else if (byte === COLON) this.#nameMatched = 0;
    else if (this.#nameMatched >= 0 && this.#counted[this.#nameMatched] === byte) this.#nameMatched++;
    else this.#nameMatched = -1;
  }

  #endTag(): void {
    this.#state = State.Text;
    if (this.#counted.length > 0 && this.#nameMatched === this.#counted.length) this.#elements++;
    if (this.#last === SLASH) return;
    if (++this.#depth > this.bounds.maxDepth) this.#problem = 'depth';
  }
}
