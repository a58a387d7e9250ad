import { closeSync, openSync, writeSync } from 'node:fs';

/** A GeoJSON polygon ring list: rings of [longitude, latitude] positions. */
export type PolygonCoordinates = readonly (readonly (readonly [number, number])[])[];

/** One feature: flat properties and a Polygon or MultiPolygon. */
export interface Feature {
  readonly properties: Readonly<Record<string, string | number>>;
  readonly geometry:
    | { readonly type: 'Polygon'; readonly coordinates: PolygonCoordinates }
    | { readonly type: 'MultiPolygon'; readonly coordinates: readonly PolygonCoordinates[] };
}

/** Writes a GeoJSON FeatureCollection one feature per line, so that it streams. */
export class GeoJsonWriter {
  private readonly fd: number;
  private count = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
    writeSync(this.fd, '{"type":"FeatureCollection","features":[\n');
  }

  /** Features written so far. */
  get rows(): number {
    return this.count;
  }

  /** Appends one feature. */
  write(feature: Feature): void {
    const text = JSON.stringify({
      type: 'Feature',
      properties: feature.properties,
      geometry: feature.geometry,
    });
    writeSync(this.fd, `${this.count === 0 ? '' : ',\n'}${text}`);
    this.count++;
  }

  /** Ends the collection and closes the file. */
  close(): Promise<void> {
    writeSync(this.fd, '\n]}\n');
    closeSync(this.fd);
    return Promise.resolve();
  }
}
