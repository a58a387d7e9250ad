import type { Geometry } from '../api/types-geo';

/** The box around a geometry, widened a little so it does not touch the map's edges. */
export function boundsOf(geometry: Geometry | null): [number, number, number, number] | undefined {
  if (!geometry) return undefined;
  const points: number[][] =
    geometry.type === 'Point'
      ? [geometry.coordinates]
      : geometry.type === 'Polygon' || geometry.type === 'MultiLineString'
        ? geometry.coordinates.flat()
        : geometry.type === 'MultiPolygon'
          ? geometry.coordinates.flat(2)
          : geometry.coordinates;
  if (points.length === 0) return undefined;
  const xs = points.map((point) => point[0] ?? 0);
  const ys = points.map((point) => point[1] ?? 0);
  // Wide enough to show the right among its surroundings, not alone in an empty frame.
  const pad = Math.max(
    0.25,
    (Math.max(...xs) - Math.min(...xs)) * 3,
    (Math.max(...ys) - Math.min(...ys)) * 3,
  );
  return [Math.min(...xs) - pad, Math.min(...ys) - pad, Math.max(...xs) + pad, Math.max(...ys) + pad];
}
