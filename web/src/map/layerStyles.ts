import type { MapLayer } from './MapView';

/** Severity colours, the same as the badges'. */
export const SEVERITY_COLOURS = {
  critical: '#b42318',
  high: '#dc6803',
  medium: '#ca8504',
  low: '#3b7bbf',
} as const;

type Styles = MapLayer['styles'];

/** Mining rights: outlined polygons, amber when flagged. */
export const RIGHT_STYLES: Styles = [
  { type: 'fill', paint: { 'fill-color': '#c9a227', 'fill-opacity': 0.25 } },
  { type: 'line', paint: { 'line-color': '#8a6d0b', 'line-width': 1 } },
];

/** Protected areas: green hatched look. */
export const PROTECTED_STYLES: Styles = [
  { type: 'fill', paint: { 'fill-color': '#2e7d32', 'fill-opacity': 0.18 } },
  { type: 'line', paint: { 'line-color': '#2e7d32', 'line-width': 1, 'line-dasharray': [2, 1] } },
];

/** Satellite detections of mining activity: small purple dots or outlines. */
export const DETECTION_STYLES: Styles = [
  {
    type: 'circle',
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-color': '#6941c6',
      'circle-radius': 4,
      'circle-stroke-color': '#fff',
      'circle-stroke-width': 1,
    },
  },
  {
    type: 'fill',
    filter: ['!=', ['geometry-type'], 'Point'],
    paint: { 'fill-color': '#6941c6', 'fill-opacity': 0.45 },
  },
];

/** Alert hot spots: circles sized and coloured by how many alerts name the right. */
export const HOTSPOT_STYLES: Styles = [
  {
    type: 'circle',
    paint: {
      'circle-color': [
        'step',
        ['get', 'alerts'],
        SEVERITY_COLOURS.medium,
        3,
        SEVERITY_COLOURS.high,
        6,
        SEVERITY_COLOURS.critical,
      ],
      'circle-opacity': 0.85,
      'circle-radius': ['interpolate', ['linear'], ['get', 'alerts'], 1, 5, 10, 14],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  },
];
