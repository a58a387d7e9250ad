import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { silentLogger } from '../../core/logger.js';
import { ingestFile } from '../../ingest/pipeline/ingest-file.js';
import { loadProfiles } from '../../ingest/profiles/load-profiles.js';
import type { Database } from '../../store/database.js';

/**
 * Writes a national file as its agency exports it (UTF-8 with BOM or Latin-1, CRLF, the layout's
 * own header and separator) and loads it through the real ingestion, which must accept every row: a detector
 * test reads exactly the records a user's file would give.
 */
export async function loadLayout(
  db: Database,
  layout: string,
  header: string,
  lines: readonly string[],
  encoding: 'utf-8' | 'latin1' = 'utf-8',
): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), 'veta-detect-')), `${layout}.csv`);
  const text = `${[header, ...lines].join('\r\n')}\r\n`;
  writeFileSync(path, encoding === 'latin1' ? iconv.encode(text, 'latin1') : `\uFEFF${text}`);
  const report = await ingestFile(db, path, {
    profiles: loadProfiles(),
    logger: silentLogger(),
    today: '2026-11-26',
  });
  assert.equal(report.rowsRejected, 0, `${layout}: ${JSON.stringify(report.rejectedByCode)}`);
}

export const HEADERS = {
  'PE-PADRON-RUC':
    'RUC;RAZON_SOCIAL;TIPO_CONTRIBUYENTE;ESTADO;CONDICION;FECHA_INSCRIPCION;CIIU;DIRECCION;DEPARTAMENTO;REPRESENTANTE_TIPO_DOC;REPRESENTANTE_NUM_DOC;REPRESENTANTE_NOMBRE',
  'PE-BENEFICIARIO-FINAL':
    'RUC_PERSONA_JURIDICA;TIPO_DOC;NUM_DOC;APELLIDO_PATERNO;APELLIDO_MATERNO;NOMBRES;NACIONALIDAD;FECHA_NACIMIENTO;CRITERIO;PORCENTAJE;RUC_INTERMEDIARIO;FECHA_DECLARACION',
  'PE-COMPRAS':
    'FECHA;RUC_COMPRADOR;RUC_VENDEDOR;NOMBRE_VENDEDOR;CODIGO_UNICO_ORIGEN;PESO_BRUTO_G;LEY_MILESIMAS;PESO_FINO_G;IMPORTE_PEN;TIPO_CAMBIO;MEDIO_PAGO;COMPROBANTE',
  'GOLD-PRICE': 'Date,Price',
  'CO-RUB':
    'NIT_SOCIEDAD;TIPO_DOC_BENEFICIARIO;NUM_DOC;NOMBRE_COMPLETO;PAIS_NACIONALIDAD;FECHA_NACIMIENTO;PORCENTAJE_PARTICIPACION;CONDICION;NIT_INTERMEDIARIO;FECHA_INICIO',
  'CO-CERTIFICADOS-ORIGEN':
    'CONSECUTIVO;FECHA;NIT_COMPRADOR;TIPO_DOC_VENDEDOR;DOC_VENDEDOR;NOMBRE_VENDEDOR;CLASIFICACION_VENDEDOR;CODIGO_EXPEDIENTE_ORIGEN;MUNICIPIO_ORIGEN;MINERAL;CANTIDAD_G;LEY;VALOR_COP',
} as const;
