import { squareRing } from './geography.js';

/** A protected area or indigenous territory near the mining districts. */
export interface ProtectedArea {
  readonly id: string;
  readonly name: string;
  readonly kind: 'PROTECTED_AREA' | 'INDIGENOUS_TERRITORY';
  readonly designation: string;
  readonly country: string;
  readonly lon: number;
  readonly lat: number;
  readonly sideKm: number;
}

// Real area names near the mining districts; the boundaries are simplified squares, not the legal
// limits, and lie beside the simulated rights so that licit rights never overlap them.
export const PROTECTED_AREAS: readonly ProtectedArea[] = [
  area(
    'PE-RN-TAMBOPATA',
    'Reserva Nacional Tambopata',
    'PROTECTED_AREA',
    'Reserva Nacional',
    'PE',
    -69.75,
    -12.7,
    30,
  ),
  area(
    'PE-RC-AMARAKAERI',
    'Reserva Comunal Amarakaeri',
    'INDIGENOUS_TERRITORY',
    'Reserva Comunal',
    'PE',
    -70.85,
    -12.75,
    25,
  ),
  area(
    'PE-PN-BAHUAJA',
    'Parque Nacional Bahuaja-Sonene',
    'PROTECTED_AREA',
    'Parque Nacional',
    'PE',
    -69.3,
    -13.6,
    40,
  ),
  area(
    'CO-PNN-PARAMILLO',
    'Parque Nacional Natural Paramillo',
    'PROTECTED_AREA',
    'Parque Nacional Natural',
    'CO',
    -75.95,
    7.3,
    30,
  ),
  area(
    'CO-RES-EMBERA',
    'Resguardo Indígena Emberá Katío',
    'INDIGENOUS_TERRITORY',
    'Resguardo Indígena',
    'CO',
    -76.45,
    5.45,
    20,
  ),
  area(
    'EC-PN-PODOCARPUS',
    'Parque Nacional Podocarpus',
    'PROTECTED_AREA',
    'Parque Nacional',
    'EC',
    -79.05,
    -4.15,
    25,
  ),
  area(
    'EC-TI-SHUAR',
    'Territorio Shuar de Nangaritza',
    'INDIGENOUS_TERRITORY',
    'Territorio Indígena',
    'EC',
    -78.3,
    -4.5,
    18,
  ),
  area(
    'BO-PN-MADIDI',
    'Parque Nacional y Área Natural de Manejo Integrado Madidi',
    'PROTECTED_AREA',
    'Parque Nacional',
    'BO',
    -68.65,
    -14.9,
    40,
  ),
  area(
    'BO-TCO-LECO',
    'Territorio Indígena Leco de Larecaja',
    'INDIGENOUS_TERRITORY',
    'Territorio Comunitario de Origen',
    'BO',
    -68.1,
    -15.0,
    18,
  ),
];

function area(
  id: string,
  name: string,
  kind: ProtectedArea['kind'],
  designation: string,
  country: string,
  lon: number,
  lat: number,
  sideKm: number,
): ProtectedArea {
  return { id, name, kind, designation, country, lon, lat, sideKm };
}

/** The closed ring of an area's simplified boundary. */
export function areaRing(a: ProtectedArea): [number, number][] {
  return squareRing(a.lon, a.lat, a.sideKm);
}

/** True when a point lies inside an area's simplified boundary. */
export function insideArea(a: ProtectedArea, lon: number, lat: number): boolean {
  const ring = areaRing(a);
  const xs = ring.map(([x]) => x);
  const ys = ring.map(([, y]) => y);
  return lon >= Math.min(...xs) && lon <= Math.max(...xs) && lat >= Math.min(...ys) && lat <= Math.max(...ys);
}
