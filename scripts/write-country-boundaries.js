#!/usr/bin/env node
// Regenerates src/geo/country-boundaries.json: the Natural Earth 1:50m boundaries (world-atlas, the
// same data the web app draws) of Peru, Colombia, Ecuador, Bolivia and their neighbours, as GeoJSON
// with ISO alpha-2 codes. Veta attributes satellite detections to a country, and range-checks
// coordinates against a country's extent, from this file alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

// ISO 3166 numeric (world-atlas ids) to alpha-2.
const COUNTRIES = {
  604: 'PE',
  170: 'CO',
  218: 'EC',
  '068': 'BO',
  '076': 'BR',
  '032': 'AR',
  152: 'CL',
  600: 'PY',
  862: 'VE',
  591: 'PA',
};

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const countries = feature(topology, topology.objects.countries);
// About 10 m: far finer than the 1:50m source itself.
const round = (value) => Math.round(value * 1e4) / 1e4;
const roundDeep = (value) => (Array.isArray(value) ? value.map(roundDeep) : round(value));
const features = countries.features
  .filter((country) => String(country.id) in COUNTRIES || Number(country.id) in COUNTRIES)
  .map((country) => ({
    type: 'Feature',
    id: COUNTRIES[country.id] ?? COUNTRIES[Number(country.id)],
    properties: { name: country.properties.name },
    geometry: { type: country.geometry.type, coordinates: roundDeep(country.geometry.coordinates) },
  }))
  .sort((a, b) => a.id.localeCompare(b.id));
if (features.length !== Object.keys(COUNTRIES).length)
  throw new Error('a country is missing from world-atlas');
const target = fileURLToPath(new URL('../src/geo/country-boundaries.json', import.meta.url));
const collection = {
  type: 'FeatureCollection',
  attribution:
    'Made with Natural Earth (public domain), 1:50m Admin 0 countries v4.1.0, via the world-atlas npm package (ISC).',
  features,
};
writeFileSync(target, `${JSON.stringify(collection)}\n`, 'utf8');
console.log(`wrote ${target}: ${features.map((f) => f.id).join(', ')}`);
