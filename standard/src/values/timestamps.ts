import { REGION_TIME_ZONES } from '../codes/region-countries.js';
import { qualityFlag } from '../quality-flag.js';
import { matchDateTime, type DateOptions } from './dates.js';
import { failed, parsed, type Parsed } from './parsed.js';

/** How to read a timestamp: the layout's formats first, and the zone of a time written without one. */
export interface TimestampOptions extends DateOptions {
  /** An IANA zone (America/Lima); see timeZoneOf. */
  timeZone: string;
}

/** The zone a country's files are read in when a timestamp names none; UTC for no country or another. */
export function timeZoneOf(country: string | undefined): string {
  return Object.entries(REGION_TIME_ZONES).find(([code]) => code === country)?.[1] ?? 'UTC';
}

/**
 * Reads a moment as an ISO 8601 timestamp in UTC: ISO with or without seconds, fraction or zone,
 * dd/mm/yyyy HH:MM[:SS], any date form parseDate reads, or a date alone. A time without a zone is
 * read in the given zone and flagged TIMESTAMP_ZONE_ASSUMED; a date alone is kept at day precision,
 * as the start of that day in the zone, and flagged TIMESTAMP_DAY_ONLY (both INFO: the value is
 * sound, only less precise than the field allows).
 */
export function parseTimestamp(text: string, options: TimestampOptions): Parsed<string> {
  const trimmed = text.trim();
  const reading = matchDateTime(trimmed, options.formats ?? []);
  if (!reading)
    return failed(
      'TIMESTAMP_INVALID',
      `"${trimmed}" is not a timestamp: expected ISO 8601 (2023-01-06T14:30:00-05:00), dd/mm/yyyy HH:MM[:SS] or a date.`,
    );
  if (!reading.ok) return failed('TIMESTAMP_INVALID', reading.message);
  const { day, time, offsetMinutes } = reading.value;
  const flags = [...reading.flags];
  const local = Date.UTC(
    day.year,
    day.month - 1,
    day.day,
    time?.hour ?? 0,
    time?.minute ?? 0,
    time?.second ?? 0,
    time?.millisecond ?? 0,
  );
  let moment: number;
  if (offsetMinutes !== undefined) moment = local - offsetMinutes * 60_000;
  else {
    moment = zonedToUtc(local, options.timeZone);
    flags.push(
      time === undefined
        ? qualityFlag(
            'TIMESTAMP_DAY_ONLY',
            `"${trimmed}" gives the day only; it is kept as the start of that day in ${options.timeZone}.`,
            undefined,
            'INFO',
          )
        : qualityFlag(
            'TIMESTAMP_ZONE_ASSUMED',
            `"${trimmed}" names no time zone; it was read in ${options.timeZone}.`,
            undefined,
            'INFO',
          ),
    );
  }
  const date = new Date(moment);
  if (Number.isNaN(date.getTime())) return failed('TIMESTAMP_INVALID', `"${trimmed}" is not a real moment.`);
  return parsed(date.toISOString(), flags);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

// Asking Intl costs about a hundred microseconds, and a file's moments fall in few quarter-hours
// (zones change offset only on a quarter-hour): each is asked once, in a cache kept small.
const QUARTER_HOUR = 900_000;
const offsets = new Map<string, number>();

/** Minutes a zone is ahead of UTC at a moment, from the platform's time zone data. */
function zoneOffsetMinutes(zone: string, moment: number): number {
  const key = `${zone} ${Math.floor(moment / QUARTER_HOUR)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size >= 10_000) offsets.clear();
    offset = askZoneOffset(zone, moment);
    offsets.set(key, offset);
  }
  return offset;
}

function askZoneOffset(zone: string, moment: number): number {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  const parts = Object.fromEntries(
    formatter.formatToParts(new Date(moment)).map((part) => [part.type, Number(part.value)]),
  );
  const asUtc = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  // The parts have whole seconds: compare with the moment cut to its second.
  return Math.round((asUtc - Math.floor(moment / 1000) * 1000) / 60_000);
}

/** The UTC moment of a wall-clock time (given as if it were UTC) in a zone. */
function zonedToUtc(wallClock: number, zone: string): number {
  const first = wallClock - zoneOffsetMinutes(zone, wallClock) * 60_000;
  // Across a change of offset the first guess is off by the change: one more step settles it.
  return wallClock - zoneOffsetMinutes(zone, first) * 60_000;
}
