/** A quality flag as stored: its code and severity are all the trust rule reads. */
interface StoredFlag {
  readonly code: string;
  readonly severity?: string | undefined;
}

/**
 * The flags that, at severity ERROR, keep a shape out of spatial attribution (which right or area
 * holds a place): set as rows are read (geo/geometry-check.ts) or over the store after a load
 * (geo/right-quality.ts, where a modest area mismatch is only a WARNING).
 */
export const UNTRUSTED_GEOMETRY_FLAGS: readonly string[] = [
  'GEOMETRY_RING_NOT_CLOSED',
  'GEOMETRY_SELF_INTERSECTION',
  'GEOMETRY_TOO_COMPLEX',
  'GEOMETRY_OUTSIDE_COUNTRY',
  'AREA_DIFFERS_FROM_DECLARED',
];

/** True when a record's shape may be used to say which right or area holds a place. */
export function trustedForAttribution(flags: readonly StoredFlag[]): boolean {
  return !flags.some((flag) => flag.severity === 'ERROR' && UNTRUSTED_GEOMETRY_FLAGS.includes(flag.code));
}
