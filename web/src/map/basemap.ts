import countriesUrl from 'world-atlas/countries-50m.json?url';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapFeatureCollection } from '../api/types-geo';

/** The offline base layer: Natural Earth country shapes and borders, served with the app. */
export interface Basemap {
  countries: MapFeatureCollection;
  borders: MapFeatureCollection;
}

/** ISO 3166 numeric codes of the four countries Veta covers (Natural Earth ids). */
export const ANDEAN_COUNTRIES = ['604', '170', '218', '068'];

/** Natural Earth ids of shapes crossing the antimeridian: Fiji, Russia, Antarctica. */
const ANTIMERIDIAN = ['242', '643', '010'];

/** The region's bounding box: west, south, east, north. */
export const REGION_BOUNDS: [number, number, number, number] = [-82.5, -23.5, -57, 13.5];

let cached: Promise<Basemap> | undefined;

function isTopology(value: unknown): value is Topology<{ countries: GeometryCollection }> {
  return typeof value === 'object' && value !== null && 'objects' in value && 'arcs' in value;
}

async function load(): Promise<Basemap> {
  // The file ships in the build (world-atlas, public domain Natural Earth 1:50m): no tile server.
  const response = await fetch(countriesUrl);
  const topology: unknown = await response.json();
  if (!isTopology(topology)) throw new Error('The base map file is not TopoJSON.');
  const all = feature(topology, topology.objects.countries);
  // Shapes crossing the antimeridian (Fiji, Russia) would smear a band across the flat map.
  const countries = {
    ...all,
    features: all.features.filter((country) => !ANTIMERIDIAN.includes(String(country.id))),
  };
  // MapLibre keeps only numeric feature ids: the ISO code travels as a property instead.
  for (const country of countries.features) country.properties = { iso: String(country.id ?? '') };
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  return {
    countries: countries as MapFeatureCollection,
    borders: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: borders, properties: {} }],
    },
  };
}

/** The base map, converted from TopoJSON to GeoJSON once per page load. */
export function loadBasemap(): Promise<Basemap> {
  cached ??= load();
  return cached;
}
