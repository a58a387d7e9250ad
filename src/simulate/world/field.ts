import type { Day } from '../calendar.js';

/** A piece of tracked machinery or a fuel tanker and the right it is authorised to serve. */
export interface TrackedAsset {
  readonly deviceId: string;
  readonly type: 'CISTERNA' | 'EXCAVADORA' | 'DRAGA' | 'CAMION';
  readonly ref: string;
  readonly ownerId: string;
  readonly country: string;
  readonly rightCode: string;
  /** Depot the tanker or truck leaves from. */
  readonly depot: readonly [number, number];
  /** When set, the asset works at (or delivers to) this illegal site instead of its authorised right. */
  diversion?: { readonly siteId: string; readonly from: number };
}

/** Mining disturbance outside any right, possibly inside a protected area. */
export interface IllegalSite {
  readonly id: string;
  readonly country: string;
  readonly lon: number;
  readonly lat: number;
  readonly areaId?: string;
}

/** One satellite detection of mining disturbance. */
export interface SatelliteDetection {
  readonly alertId: string;
  readonly lon: number;
  readonly lat: number;
  readonly on: Day;
  readonly areaHa: number;
  readonly confidence: number;
  readonly source: string;
  /** The licensed right it falls in (legal activity), or the illegal site it reveals. */
  readonly rightCode?: string;
  readonly siteId?: string;
}
