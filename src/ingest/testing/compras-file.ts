import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawRow } from '../readers/raw-row.js';

export const COMPRAS_HEADER =
  'FECHA;RUC_COMPRADOR;RUC_VENDEDOR;NOMBRE_VENDEDOR;CODIGO_UNICO_ORIGEN;PESO_BRUTO_G;LEY_MILESIMAS;PESO_FINO_G;IMPORTE_PEN;TIPO_CAMBIO;MEDIO_PAGO;COMPROBANTE';

/** One PE-COMPRAS line: a purchase of `fineGrams` of fine gold under receipt `receipt`. */
export function comprasLine(
  receipt: string,
  fineGrams: number,
  overrides: { date?: string; seller?: string } = {},
): string {
  const gross = (fineGrams / 0.9).toFixed(2);
  return [
    overrides.date ?? '05/03/2024',
    '20131312955',
    overrides.seller ?? '10412345679',
    'Peña Quispe, Juan',
    '010012318',
    gross,
    '900',
    fineGrams.toFixed(2),
    (fineGrams * 220).toFixed(2),
    '3.75',
    'EFECTIVO',
    receipt,
  ].join(';');
}

/** Writes a PE-COMPRAS.csv (UTF-8 with BOM, as SUNAT exports it) in a new folder and returns its path. */
export function writeComprasFile(lines: readonly string[], name = 'PE-COMPRAS.csv'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'veta-ingest-')), name);
  writeFileSync(path, `\uFEFF${[COMPRAS_HEADER, ...lines].join('\r\n')}\r\n`);
  return path;
}

/** One PE-COMPRAS row as a reader yields it: a plausible purchase, with `values` replacing cells. */
export function comprasRow(values: Record<string, string>, rowNumber = 2): RawRow {
  const defaults = {
    FECHA: '05/03/2024',
    RUC_COMPRADOR: '20131312955',
    RUC_VENDEDOR: '10412345679',
    NOMBRE_VENDEDOR: 'Peña Quispe, Juan',
    CODIGO_UNICO_ORIGEN: '010012318',
    PESO_BRUTO_G: '1250.5',
    LEY_MILESIMAS: '900',
    PESO_FINO_G: '1125.45',
    IMPORTE_PEN: '250000.00',
    TIPO_CAMBIO: '3.75',
    MEDIO_PAGO: 'EFECTIVO',
    COMPROBANTE: 'F001-000123',
  };
  return { rowNumber, values: { ...defaults, ...values }, problems: [] };
}
