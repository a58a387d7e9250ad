/** A GeoJSON FeatureCollection file's text from features' properties and rings. */
export function featureCollection(
  features: readonly { properties: Record<string, unknown>; rings: number[][][] }[],
): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: features.map((feature) => ({
      type: 'Feature',
      properties: feature.properties,
      geometry: { type: 'Polygon', coordinates: feature.rings },
    })),
  });
}

/** A closed square ring of the given side in degrees, from its south-west corner. */
export function squareRing(west: number, south: number, side: number): number[][] {
  return [
    [west, south],
    [west + side, south],
    [west + side, south + side],
    [west, south + side],
    [west, south],
  ];
}
