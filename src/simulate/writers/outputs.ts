import { REGION_COUNTRIES } from '@veta/standard';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { compactDay, isoDay, slashDay } from '../calendar.js';
import { LAYOUTS, layoutPath, type Folder, type Layout } from '../layouts/catalogue.js';
import { CsvTableWriter, type CsvConvention } from './csv.js';
import { GeoJsonWriter } from './geojson.js';
import type { TableWriter } from './table-writer.js';
import { XlsxTableWriter } from './xlsx.js';

const CONVENTIONS: Record<Exclude<Folder, 'EC'>, CsvConvention> = {
  PE: { delimiter: ';', encoding: 'utf8', decimalMark: '.', recordDelimiter: '\n', formatDay: slashDay },
  // Colombian agencies export from Windows tools: Latin-1, decimal comma, CRLF line ends.
  CO: {
    delimiter: ';',
    encoding: 'latin1',
    decimalMark: ',',
    recordDelimiter: '\r\n',
    formatDay: slashDay,
    // Amounts pasted from spreadsheets keep their grouping: "1.234.567,89" (the layout allows it).
    thousands: { separator: '.', share: 0.3 },
  },
  BO: { delimiter: '|', encoding: 'utf8', decimalMark: '.', recordDelimiter: '\n', formatDay: compactDay },
  INTL: { delimiter: ',', encoding: 'utf8', decimalMark: '.', recordDelimiter: '\n', formatDay: isoDay },
};

// SUNAT's web downloads carry a UTF-8 BOM, INGEMMET's and PRODUCE's do not: both kinds exist.
const PE_WITH_BOM = new Set(['PE-DAM', 'PE-PADRON-RUC', 'PE-BENEFICIARIO-FINAL', 'PE-COMPRAS']);

/** The row count of one written file. */
export interface FileSummary {
  readonly layout: string;
  readonly path: string;
  readonly rows: number;
}

/** Every file of one run, open for writing; tables by layout id, GeoJSON collections apart. */
export class Outputs {
  private readonly tables = new Map<string, TableWriter>();
  private readonly collections = new Map<string, GeoJsonWriter>();

  constructor(private readonly outDir: string) {
    for (const folder of [...REGION_COUNTRIES, 'INTL']) mkdirSync(join(outDir, folder), { recursive: true });
    for (const l of LAYOUTS) this.open(l);
  }

  /** The open table of a layout. */
  table(id: string): TableWriter {
    const writer = this.tables.get(id);
    if (!writer) throw new Error(`No table writer for ${id}`);
    return writer;
  }

  /** The open GeoJSON collection of a layout. */
  collection(id: string): GeoJsonWriter {
    const writer = this.collections.get(id);
    if (!writer) throw new Error(`No GeoJSON writer for ${id}`);
    return writer;
  }

  /** Rows written in a table so far. */
  rowsOf(id: string): number {
    return this.tables.get(id)?.rows ?? this.collections.get(id)?.rows ?? 0;
  }

  /** Total rows (and features) written so far in every file. */
  totalRows(): number {
    let total = 0;
    for (const writer of [...this.tables.values(), ...this.collections.values()]) total += writer.rows;
    return total;
  }

  /** Waits until every table's written rows have left memory. */
  async drain(): Promise<void> {
    for (const writer of this.tables.values()) await writer.drain();
  }

  /** Closes every file and returns what each holds. */
  async close(): Promise<FileSummary[]> {
    const summaries: FileSummary[] = [];
    for (const l of LAYOUTS) {
      const writer = this.tables.get(l.id) ?? this.collections.get(l.id);
      if (!writer) continue;
      await writer.close();
      summaries.push({ layout: l.id, path: layoutPath(l), rows: writer.rows });
    }
    return summaries;
  }

  private open(l: Layout): void {
    const path = join(this.outDir, layoutPath(l));
    if (l.format === 'geojson') this.collections.set(l.id, new GeoJsonWriter(path));
    else if (l.format === 'xlsx') this.tables.set(l.id, new XlsxTableWriter(path, l.id, l.columns));
    else if (l.folder !== 'EC') {
      const bom = l.folder === 'PE' && PE_WITH_BOM.has(l.id);
      this.tables.set(l.id, new CsvTableWriter(path, l.id, l.columns, CONVENTIONS[l.folder], bom));
    }
  }
}
