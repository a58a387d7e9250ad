import { distanceMetres } from '../../geo/distance.js';
import type { Position } from '../../geo/polygon.js';

/** One GPS fix of a tracked asset. */
export interface Fix {
  id: string;
  deviceId: string;
  owner: string | null;
  authorisedDestination: string | null;
  assetType: string | null;
  assetRef: string | null;
  country: string | null;
  at: Date;
  position: Position;
  layout: string;
  file: string;
  row: number;
}

/** Where an asset stopped: a dwell of several fixes, or the last fix before it went silent (parked). */
export interface Stop {
  deviceId: string;
  position: Position;
  from: Date;
  to: Date;
  kind: 'DWELL' | 'PARKED';
  fixes: Fix[];
}

export interface StopRules {
  /** Fixes within this radius of a dwell's first fix belong to the dwell. */
  dwellRadiusM: number;
  /** A dwell lasts at least this long. */
  minDwellHours: number;
  /** A silence at least this long after a fix means the asset parked there (trackers report while the engine runs). */
  parkedGapHours: number;
}

const HOUR_MS = 3_600_000;

/** The stops of one device's track, its fixes in time order. */
export function stopsOf(track: readonly Fix[], rules: StopRules): Stop[] {
  const stops: Stop[] = [];
  let start = 0;
  while (start < track.length) {
    const first = track[start];
    if (!first) break;
    let end = start;
    for (let next = start + 1; next < track.length; next++) {
      const fix = track[next];
      if (!fix || distanceMetres(first.position, fix.position) > rules.dwellRadiusM) break;
      end = next;
    }
    const last = track[end] ?? first;
    const following = track[end + 1];
    const silent = !following || following.at.getTime() - last.at.getTime() >= rules.parkedGapHours * HOUR_MS;
    const dwelt = last.at.getTime() - first.at.getTime() >= rules.minDwellHours * HOUR_MS;
    if (dwelt || silent) {
      const fixes = track.slice(dwelt ? start : end, end + 1);
      stops.push({
        deviceId: first.deviceId,
        position: meanOf(fixes),
        from: (fixes[0] ?? last).at,
        to: last.at,
        kind: dwelt ? 'DWELL' : 'PARKED',
        fixes,
      });
    }
    start = end + 1;
  }
  return stops;
}

function meanOf(fixes: readonly Fix[]): Position {
  const x = fixes.reduce((sum, fix) => sum + fix.position[0], 0) / fixes.length;
  const y = fixes.reduce((sum, fix) => sum + fix.position[1], 0) / fixes.length;
  return [x, y];
}
