import { VetaError } from '../../core/veta-error.js';

/**
 * Everything a file can make the process hold while it is read. Each bound is a setting: an
 * environment variable with a default sized for the largest real national export. A file past one
 * fails with READ_LIMIT naming the bound and its variable; the process goes on.
 */
export interface ReadLimits {
  /** Characters in one CSV line or record (several lines when a quote spans them). */
  readonly maxRecordChars: number;
  /** Columns in one row of any file. */
  readonly maxColumns: number;
  /** Bytes one part of an XLSX workbook may inflate to. */
  readonly maxXlsxPartBytes: number;
  /** Bytes all the parts of an XLSX workbook inflate to together. */
  readonly maxXlsxTotalBytes: number;
  /** How many times larger than its compressed size an XLSX part may inflate (checked past 1 MB). */
  readonly maxXlsxInflationRatio: number;
  /** Strings in an XLSX workbook's shared-string table. */
  readonly maxSharedStrings: number;
  /** Bytes of an XLSX workbook's shared-string table, inflated. */
  readonly maxSharedStringsBytes: number;
  /** Parts (files inside the zip) of an XLSX workbook. */
  readonly maxXlsxParts: number;
  /** Bytes of one cell's text, or of one tag, inside an XLSX part. */
  readonly maxCellBytes: number;
  /** Elements open at once inside an XLSX part. */
  readonly maxXmlDepth: number;
  /** Megabytes of heap the worker thread that reads an uploaded file may use. */
  readonly maxReadHeapMb: number;
  /** Features in one GeoJSON file. */
  readonly maxFeatures: number;
  /** Characters in one GeoJSON feature: its property values and coordinates as written. */
  readonly maxFeatureChars: number;
  /** Vertices in one geometry (GeoJSON or WKT). */
  readonly maxVertices: number;
}

/** One bound: its key, the environment variable that sets it, its default and what it bounds. */
export interface ReadLimitSetting {
  readonly key: keyof ReadLimits;
  readonly variable: string;
  readonly defaultValue: number;
  readonly bounds: string;
}

const MB = 1024 * 1024;

/** The bounds, once: the defaults, the variables and the documentation are read from this table. */
export const READ_LIMIT_SETTINGS: readonly ReadLimitSetting[] = [
  {
    key: 'maxRecordChars',
    variable: 'VETA_MAX_RECORD_CHARS',
    // csv-parse takes about a second per million characters of one value: a hostile line fails in seconds.
    defaultValue: 4 * MB,
    bounds: 'characters in one CSV record',
  },
  { key: 'maxColumns', variable: 'VETA_MAX_COLUMNS', defaultValue: 2_000, bounds: 'columns in one row' },
  {
    key: 'maxXlsxPartBytes',
    variable: 'VETA_MAX_XLSX_PART_BYTES',
    defaultValue: 512 * MB,
    bounds: 'bytes one XLSX part inflates to',
  },
  {
    // The bounds walk inflates every part of the workbook (xlsx-bounds.ts): what they inflate to
    // together bounds it. Four parts at their own limit, far more than a real export's sheets and
    // shared strings.
    key: 'maxXlsxTotalBytes',
    variable: 'VETA_MAX_XLSX_TOTAL_BYTES',
    defaultValue: 2_048 * MB,
    bounds: 'bytes all the parts of an XLSX workbook inflate to',
  },
  {
    key: 'maxXlsxInflationRatio',
    variable: 'VETA_MAX_XLSX_INFLATION_RATIO',
    defaultValue: 200,
    bounds: 'inflated size of an XLSX part over its compressed size',
  },
  {
    key: 'maxSharedStrings',
    variable: 'VETA_MAX_SHARED_STRINGS',
    defaultValue: 5_000_000,
    bounds: 'strings in an XLSX shared-string table',
  },
  {
    key: 'maxSharedStringsBytes',
    variable: 'VETA_MAX_SHARED_STRINGS_BYTES',
    defaultValue: 256 * MB,
    bounds: 'bytes of an XLSX shared-string table',
  },
  {
    key: 'maxXlsxParts',
    variable: 'VETA_MAX_XLSX_PARTS',
    defaultValue: 10_000,
    bounds: 'parts (files inside the zip) of an XLSX workbook',
  },
  {
    // Excel holds at most 32,767 characters in a cell; even escaped as XML they stay far below this.
    key: 'maxCellBytes',
    variable: 'VETA_MAX_CELL_BYTES',
    defaultValue: 1 * MB,
    bounds: 'bytes of one cell or tag inside an XLSX part',
  },
  {
    // Spreadsheet XML nests about six deep; a parser keeps every open element.
    key: 'maxXmlDepth',
    variable: 'VETA_MAX_XML_DEPTH',
    defaultValue: 256,
    bounds: 'elements open at once inside an XLSX part',
  },
  {
    // Half the main process's own ceiling (bin/veta.js): that heap also holds PGlite and the load
    // under way, so a reading thread allowed as much could take the process down with it.
    key: 'maxReadHeapMb',
    variable: 'VETA_MAX_READ_HEAP_MB',
    defaultValue: 512,
    bounds: 'megabytes of memory that reading one uploaded file may take',
  },
  {
    key: 'maxFeatures',
    variable: 'VETA_MAX_FEATURES',
    defaultValue: 2_000_000,
    bounds: 'features in one GeoJSON file',
  },
  {
    key: 'maxFeatureChars',
    variable: 'VETA_MAX_FEATURE_CHARS',
    // A polygon of the most vertices allowed, written with full precision, is about 10 M characters.
    defaultValue: 32 * MB,
    bounds: 'characters in one GeoJSON feature',
  },
  {
    key: 'maxVertices',
    variable: 'VETA_MAX_VERTICES',
    defaultValue: 250_000,
    bounds: 'vertices in one geometry',
  },
];

/** The defaults of every bound. */
export const DEFAULT_READ_LIMITS: ReadLimits = readLimitsFrom({});

/**
 * The bounds in force: each from its environment variable when set, else its default. A variable
 * that is not a positive whole number is a usage error naming it.
 */
export function readLimitsFrom(env: Readonly<Record<string, string | undefined>>): ReadLimits {
  const limits: Partial<Record<keyof ReadLimits, number>> = {};
  for (const setting of READ_LIMIT_SETTINGS) {
    const text = env[setting.variable];
    if (text === undefined || text.trim() === '') {
      limits[setting.key] = setting.defaultValue;
      continue;
    }
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value <= 0)
      throw new VetaError(
        'USAGE',
        `${setting.variable}="${text}" is not a positive whole number; it bounds the ${setting.bounds} (default ${String(setting.defaultValue)}).`,
      );
    limits[setting.key] = value;
  }
  return limits as ReadLimits;
}

/** The failure of a file that passed a bound: names the file, what it held, the bound and its variable. */
export function readLimitExceeded(
  file: string,
  key: keyof ReadLimits,
  limits: ReadLimits,
  found: string,
): VetaError {
  const setting = READ_LIMIT_SETTINGS.find((candidate) => candidate.key === key);
  const variable = setting?.variable ?? key;
  return new VetaError(
    'READ_LIMIT',
    `${file} was not loaded: ${found}, past the limit of ${limits[key].toLocaleString('en')} ${setting?.bounds ?? key}. Split or simplify the file, or raise ${variable} if it is genuine.`,
  );
}
