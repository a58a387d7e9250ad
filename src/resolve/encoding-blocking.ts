/**
 * Hamming LSH over an encoding's bits (Indyk and Motwani 1998, as in Durham's and anonlink's
 * blocking of Bloom filters): each band samples some bit positions, and two encodings meet when
 * they agree on every sampled bit of one band. Encodings of one person differ in few bits, so they
 * agree on some band far more often than strangers, whose filters agree only by chance.
 */
export interface EncodingLsh {
  readonly bands: number;
  readonly bitsPerBand: number;
}

/**
 * 64 bands of 16 bits. Strangers' filters agree on about 55% of their bits, so a band of 14 bits
 * met one stranger in 5,000: on FEBRL's 1,000 encoded records that kept 99.8% of the true pairs
 * among 3% of all pairs, but at 100,000 records (bench/linkage.js) it gave 54 million candidate
 * pairs, a minute and a half of comparing on two cores. 16 bits keep 99.6% of FEBRL's true pairs
 * among 1% of all pairs and give 36 million there, losing a tenth of the pairs of Dice 0.7 to 0.8
 * (none above). Wider bands (17 bits and up) lose FEBRL's pairs whose data differs most (1 to 3%),
 * and so do fewer bands; more bands cost more keys a record.
 */
export const DEFAULT_ENCODING_LSH: EncodingLsh = { bands: 64, bitsPerBand: 16 };

/** The LSH blocking keys of an encoding, one a band: `e<band>:<the sampled bits as a number>`. */
export function encodingBlockingKeys(
  encoding: Uint8Array,
  lsh: EncodingLsh = DEFAULT_ENCODING_LSH,
): string[] {
  const bands = sampledPositions(encoding.length * 8, lsh);
  return bands.map((positions, band) => {
    let value = 0;
    for (const position of positions)
      value = value * 2 + (((encoding[position >> 3] ?? 0) >> (position & 7)) & 1);
    return `e${String(band)}:${String(value)}`;
  });
}

const cache = new Map<string, readonly (readonly number[])[]>();

// The positions are public and fixed, not drawn under the linkage key: the hub that blocks holds no
// key, and the filter's positions are already keyed, so knowing which ones are sampled tells nothing.
function sampledPositions(bits: number, lsh: EncodingLsh): readonly (readonly number[])[] {
  if (lsh.bitsPerBand < 1 || lsh.bitsPerBand > 30 || lsh.bitsPerBand > bits)
    throw new RangeError(
      `A band samples 1 to 30 of an encoding's ${String(bits)} bits, not ${String(lsh.bitsPerBand)}`,
    );
  const id = `${String(bits)}/${String(lsh.bands)}/${String(lsh.bitsPerBand)}`;
  const cached = cache.get(id);
  if (cached) return cached;
  let state = 0x2545f491;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const bands = Array.from({ length: lsh.bands }, () => {
    const positions = new Set<number>();
    while (positions.size < lsh.bitsPerBand) positions.add(Math.floor(next() * bits));
    return [...positions];
  });
  cache.set(id, bands);
  return bands;
}
