// @terraformer/wkt ships no type declarations; this covers the one function Veta uses.
declare module '@terraformer/wkt' {
  /** Parses WKT into a GeoJSON geometry; throws on text that is not WKT. */
  export function wktToGeoJSON(wkt: string): { type: string; coordinates: unknown };
}
