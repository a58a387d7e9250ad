import type { Rng } from '../rng.js';
import type { CountryCode, Place } from './types.js';

const place = (
  country: CountryCode,
  department: string,
  province: string,
  district: string,
  lon: number,
  lat: number,
  isotopes: readonly [number, number, number],
): Place => ({ country, department, province, district, lon, lat, isotopes });

// The real gold districts named in the issue, with approximate centres. Lead-isotope signatures
// are plausible Andean values, distinct per district so that provenance can be tested.
export const MINING_PLACES: readonly Place[] = [
  place('PE', 'MADRE DE DIOS', 'TAMBOPATA', 'INAMBARI', -70.05, -12.95, [18.72, 15.63, 38.71]),
  place('PE', 'MADRE DE DIOS', 'MANU', 'HUEPETUHE', -70.53, -12.98, [18.69, 15.62, 38.66]),
  place('PE', 'PUNO', 'SAN ANTONIO DE PUTINA', 'ANANEA', -69.53, -14.68, [18.55, 15.64, 38.62]),
  place('PE', 'PUNO', 'SANDIA', 'CUYOCUYO', -69.42, -14.45, [18.49, 15.61, 38.54]),
  place('PE', 'LA LIBERTAD', 'PATAZ', 'PATAZ', -77.6, -7.78, [18.83, 15.66, 38.81]),
  place('PE', 'LA LIBERTAD', 'SANTIAGO DE CHUCO', 'QUIRUVILCA', -78.31, -8.0, [18.77, 15.65, 38.74]),
  place('PE', 'AREQUIPA', 'CARAVELI', 'CHAPARRA', -73.85, -15.75, [18.41, 15.59, 38.45]),
  place('PE', 'AREQUIPA', 'CASTILLA', 'ORCOPAMPA', -72.34, -15.27, [18.36, 15.6, 38.39]),
  place('CO', 'ANTIOQUIA', 'NORDESTE', 'SEGOVIA', -74.7, 7.08, [18.91, 15.67, 38.89]),
  place('CO', 'ANTIOQUIA', 'BAJO CAUCA', 'EL BAGRE', -74.8, 7.6, [18.87, 15.66, 38.86]),
  place('CO', 'ANTIOQUIA', 'OCCIDENTE', 'BURITICÁ', -75.91, 6.72, [18.95, 15.68, 38.93]),
  place('CO', 'CHOCÓ', 'SAN JUAN', 'ISTMINA', -76.68, 5.16, [19.02, 15.66, 38.95]),
  place('CO', 'CHOCÓ', 'SAN JUAN', 'TADÓ', -76.73, 5.27, [19.05, 15.67, 38.99]),
  place('CO', 'BOLÍVAR', 'MAGDALENA MEDIO', 'SANTA ROSA DEL SUR', -74.05, 7.96, [18.84, 15.64, 38.78]),
  place('CO', 'NARIÑO', 'PACÍFICO SUR', 'BARBACOAS', -78.14, 1.67, [18.98, 15.65, 38.84]),
  place('EC', 'ZAMORA CHINCHIPE', 'YANTZAZA', 'YANTZAZA', -78.76, -3.83, [18.64, 15.62, 38.58]),
  place('EC', 'ZAMORA CHINCHIPE', 'NANGARITZA', 'NANGARITZA', -78.65, -4.2, [18.61, 15.61, 38.55]),
  place('EC', 'EL ORO', 'PORTOVELO', 'PORTOVELO', -79.62, -3.72, [18.78, 15.63, 38.69]),
  place('EC', 'AZUAY', 'CAMILO PONCE ENRÍQUEZ', 'CAMILO PONCE ENRÍQUEZ', -79.73, -3.05, [18.74, 15.64, 38.7]),
  place('BO', 'LA PAZ', 'LARECAJA', 'TIPUANI', -68.0, -15.55, [18.52, 15.66, 38.6]),
  place('BO', 'LA PAZ', 'FRANZ TAMAYO', 'MAPIRI', -68.42, -15.31, [18.47, 15.65, 38.52]),
  place('BO', 'LA PAZ', 'LARECAJA', 'GUANAY', -67.88, -15.5, [18.5, 15.64, 38.57]),
  place('BO', 'POTOSÍ', 'RAFAEL BUSTILLO', 'LLALLAGUA', -66.58, -18.42, [18.3, 15.62, 38.31]),
  place('BO', 'POTOSÍ', 'TOMÁS FRÍAS', 'POTOSÍ', -65.75, -19.58, [18.27, 15.61, 38.28]),
  place('BO', 'ORURO', 'PANTALEÓN DALENCE', 'HUANUNI', -66.84, -18.27, [18.33, 15.63, 38.35]),
];

/** The mining places of one country. */
export function placesOf(country: CountryCode): Place[] {
  return MINING_PLACES.filter((p) => p.country === country);
}

/** The place whose district has the given name. */
export function placeNamed(district: string): Place {
  const found = MINING_PLACES.find((p) => p.district === district);
  if (!found) throw new Error(`Unknown district ${district}`);
  return found;
}

/** A point within about 15 km of a place's centre. */
export function pointNear(rng: Rng, p: Place, spreadDegrees = 0.14): [number, number] {
  return [
    round6(p.lon + rng.between(-spreadDegrees, spreadDegrees)),
    round6(p.lat + rng.between(-spreadDegrees, spreadDegrees)),
  ];
}

/** A closed square ring of the given side (km) around a centre, longitude-latitude, rounded to 1e-6. */
export function squareRing(lon: number, lat: number, sideKm: number): [number, number][] {
  const halfLat = sideKm / 2 / 111.32;
  const halfLon = sideKm / 2 / (111.32 * Math.cos((lat * Math.PI) / 180));
  const ring: [number, number][] = [
    [lon - halfLon, lat - halfLat],
    [lon + halfLon, lat - halfLat],
    [lon + halfLon, lat + halfLat],
    [lon - halfLon, lat + halfLat],
  ];
  const rounded = ring.map(([x, y]): [number, number] => [round6(x), round6(y)]);
  return [...rounded, rounded[0] ?? [lon, lat]];
}

/** A ring as WKT `POLYGON((lon lat, ...))`. */
export function ringToWkt(ring: readonly (readonly [number, number])[]): string {
  return `POLYGON((${ring.map(([x, y]) => `${x} ${y}`).join(', ')}))`;
}

/** Hectares of a square of the given side in kilometres. */
export function squareHectares(sideKm: number): number {
  return Math.round(sideKm * sideKm * 100 * 100) / 100;
}

/** Rounds a coordinate to six decimals (about 10 cm). */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
