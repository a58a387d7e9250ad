/**
 * What entity resolution reads of one source record, whatever it came from (a stored Party, a
 * benchmark file): the engine never sees the database, so the same engine scores FEBRL and Veta.
 */
export interface ResolutionRecord {
  /** Stable key of the source record: `LAYOUT/ID` for stored parties. */
  readonly key: string;
  readonly kind: 'PERSON' | 'ORGANISATION';
  readonly name: string;
  /** Parsed person name parts, when the source gave them apart. */
  readonly givenNames?: string | undefined;
  readonly paternalSurname?: string | undefined;
  readonly maternalSurname?: string | undefined;
  /** Canonical identifiers COUNTRY:SCHEME:VALUE. */
  readonly identifiers: readonly string[];
  /** Canonical identifiers whose check digit failed at ingestion (quality flags). */
  readonly invalidIdentifiers?: readonly string[] | undefined;
  /** Birth date of a person or founding date of an organisation, yyyy-mm-dd or yyyymmdd. */
  readonly date?: string | undefined;
  readonly addresses: readonly string[];
  readonly country?: string | undefined;
  readonly roles: readonly string[];
  /**
   * A record-level Bloom filter (CLK) of the person's name, birth date, place and documents, when
   * a node shared the record encoded instead of in the clear: the hub compares such records by the
   * filters' Dice coefficient. Encodings are comparable only under one linkage key.
   */
  readonly encoding?: Uint8Array | undefined;
  /** The CLK of the person's names alone (person-encoding.ts), under the same key. */
  readonly nameEncoding?: Uint8Array | undefined;
  /** The birth date as a keyed token: equal tokens, one day. */
  readonly birthToken?: string | undefined;
  /** The id of the linkage key the encodings were made under: two keys' encodings do not compare. */
  readonly encodingKeyId?: string | undefined;
}
