import type { RegionCountry } from '@veta/standard';
/** Where a layout's file goes: a national folder or the international one. */
export type Folder = RegionCountry | 'INTL';

/** One file layout of ../shared/formats/national-layouts.md: its id, folder and exact columns. */
export interface Layout {
  readonly id: string;
  readonly folder: Folder;
  readonly format: 'csv' | 'xlsx' | 'geojson';
  readonly columns: readonly string[];
}

const cols = (text: string): string[] => text.split(/\s+/).filter((c) => c !== '');

// Column names exactly as the reference layouts give them; order follows the document.
const LAYOUT_LIST: readonly Layout[] = [
  {
    id: 'PE-CATASTRO',
    folder: 'PE',
    format: 'csv',
    columns: cols(`CODIGO_UNICO NOMBRE_DERECHO TITULAR RUC_TITULAR ESTADO_LEGAL SUSTANCIA HECTAREAS
      DEPARTAMENTO PROVINCIA DISTRITO FECHA_FORMULACION WKT`),
  },
  {
    id: 'PE-REINFO',
    folder: 'PE',
    format: 'csv',
    columns: cols(`RUC NOMBRE CODIGO_UNICO NOMBRE_DERECHO_MINERO DEPARTAMENTO PROVINCIA DISTRITO ESTADO
      FECHA_INSCRIPCION`),
  },
  {
    id: 'PE-PRODUCCION',
    folder: 'PE',
    format: 'csv',
    columns: cols('PERIODO CODIGO_UNICO RUC TITULAR ESTRATO METAL CANTIDAD UNIDAD'),
  },
  {
    id: 'PE-COMPRAS',
    folder: 'PE',
    format: 'csv',
    columns: cols(`FECHA RUC_COMPRADOR RUC_VENDEDOR NOMBRE_VENDEDOR CODIGO_UNICO_ORIGEN PESO_BRUTO_G
      LEY_MILESIMAS PESO_FINO_G IMPORTE_PEN TIPO_CAMBIO MEDIO_PAGO COMPROBANTE`),
  },
  {
    id: 'PE-DAM',
    folder: 'PE',
    format: 'csv',
    columns:
      cols(`NUM_DAM REGIMEN FECHA_NUMERACION RUC_DECLARANTE RAZON_SOCIAL SUBPARTIDA DESCRIPCION_COMERCIAL
      PAIS ADUANA PESO_NETO_KG PESO_BRUTO_KG LEY_MILESIMAS VALOR_FOB_USD VALOR_CIF_USD CONSIGNATARIO`),
  },
  {
    id: 'PE-BIENES-FISCALIZADOS',
    folder: 'PE',
    format: 'csv',
    columns: cols(`FECHA RUC_USUARIO BIEN CANTIDAD UNIDAD CODIGO_UNICO_DESTINO DEPARTAMENTO
      CUOTA_MENSUAL_AUTORIZADA`),
  },
  {
    id: 'PE-PADRON-RUC',
    folder: 'PE',
    format: 'csv',
    columns: cols(`RUC RAZON_SOCIAL TIPO_CONTRIBUYENTE ESTADO CONDICION FECHA_INSCRIPCION CIIU DIRECCION
      DEPARTAMENTO REPRESENTANTE_TIPO_DOC REPRESENTANTE_NUM_DOC REPRESENTANTE_NOMBRE`),
  },
  {
    id: 'PE-BENEFICIARIO-FINAL',
    folder: 'PE',
    format: 'csv',
    columns:
      cols(`RUC_PERSONA_JURIDICA TIPO_DOC NUM_DOC APELLIDO_PATERNO APELLIDO_MATERNO NOMBRES NACIONALIDAD
      FECHA_NACIMIENTO CRITERIO PORCENTAJE RUC_INTERMEDIARIO FECHA_DECLARACION`),
  },
  {
    id: 'CO-TITULOS',
    folder: 'CO',
    format: 'csv',
    columns: cols(`CODIGO_EXPEDIENTE MODALIDAD ESTADO TITULARES MINERALES AREA_HA DEPARTAMENTO MUNICIPIO
      FECHA_INSCRIPCION CAPACIDAD_PTO_G_MES WKT`),
  },
  {
    id: 'CO-RUCOM',
    folder: 'CO',
    format: 'csv',
    columns: cols(`TIPO_DOCUMENTO NUMERO_DOCUMENTO DV NOMBRE CLASIFICACION CODIGO_EXPEDIENTE MUNICIPIO
      DEPARTAMENTO ESTADO FECHA_CERTIFICACION`),
  },
  {
    id: 'CO-REGALIAS',
    folder: 'CO',
    format: 'csv',
    columns: cols(`TRIMESTRE CODIGO_EXPEDIENTE TIPO_DOCUMENTO NUMERO_DOCUMENTO MINERAL CANTIDAD UNIDAD
      PRECIO_BASE_COP REGALIA_COP MUNICIPIO`),
  },
  {
    id: 'CO-CERTIFICADOS-ORIGEN',
    folder: 'CO',
    format: 'csv',
    columns: cols(`CONSECUTIVO FECHA NIT_COMPRADOR TIPO_DOC_VENDEDOR DOC_VENDEDOR NOMBRE_VENDEDOR
      CLASIFICACION_VENDEDOR CODIGO_EXPEDIENTE_ORIGEN MUNICIPIO_ORIGEN MINERAL CANTIDAD_G LEY VALOR_COP`),
  },
  {
    id: 'CO-DEX',
    folder: 'CO',
    format: 'csv',
    columns:
      cols(`NUMERO_DEX FECHA NIT_EXPORTADOR DV RAZON_SOCIAL POSICION_ARANCELARIA DESCRIPCION PAIS_DESTINO
      ADUANA PESO_NETO_KG VALOR_FOB_USD`),
  },
  {
    id: 'CO-RUES',
    folder: 'CO',
    format: 'csv',
    columns: cols(`NIT DV RAZON_SOCIAL ORGANIZACION_JURIDICA FECHA_MATRICULA ESTADO_MATRICULA CIIU DIRECCION
      MUNICIPIO CAPITAL_COP REPRESENTANTE_LEGAL_DOC REPRESENTANTE_LEGAL`),
  },
  {
    id: 'CO-RUB',
    folder: 'CO',
    format: 'csv',
    columns:
      cols(`NIT_SOCIEDAD TIPO_DOC_BENEFICIARIO NUM_DOC NOMBRE_COMPLETO PAIS_NACIONALIDAD FECHA_NACIMIENTO
      PORCENTAJE_PARTICIPACION CONDICION NIT_INTERMEDIARIO FECHA_INICIO`),
  },
  {
    id: 'EC-CATASTRO',
    folder: 'EC',
    format: 'xlsx',
    columns: cols(`CODIGO NOMBRE_AREA TITULAR RUC_CEDULA REGIMEN FASE ESTADO SUPERFICIE_HA PROVINCIA CANTON
      FECHA_OTORGAMIENTO GEOMETRIA_WKT`),
  },
  {
    id: 'EC-PRODUCCION',
    folder: 'EC',
    format: 'xlsx',
    columns: cols('SEMESTRE CODIGO RUC MINERAL PRODUCCION UNIDAD'),
  },
  {
    id: 'EC-EXPORTACIONES',
    folder: 'EC',
    format: 'xlsx',
    columns:
      cols(`REFRENDO FECHA_EMBARQUE RUC_EXPORTADOR RAZON_SOCIAL SUBPARTIDA PAIS_DESTINO DISTRITO_ADUANERO
      PESO_NETO_KG LEY_MILESIMAS FOB_USD`),
  },
  {
    id: 'EC-COMERCIALIZACION',
    folder: 'EC',
    format: 'xlsx',
    columns: cols(`PERIODO TIPO_OPERACION FECHA RUC_COMPRADOR NOMBRE_COMPRADOR CATEGORIA_COMPRADOR
      IDENTIFICACION_VENDEDOR NOMBRE_VENDEDOR CATEGORIA_VENDEDOR CODIGO_CONCESION_ORIGEN PESO_BRUTO_G
      LEY_MILESIMAS PESO_FINO_G VALOR_USD FORMA_PAGO NUMERO_FACTURA`),
  },
  {
    id: 'EC-COMPANIAS',
    folder: 'EC',
    format: 'xlsx',
    columns: cols(`EXPEDIENTE RUC NOMBRE TIPO_COMPANIA SITUACION_LEGAL FECHA_CONSTITUCION PROVINCIA CANTON
      DIRECCION CAPITAL_SUSCRITO_USD CEDULA_REPRESENTANTE REPRESENTANTE_LEGAL`),
  },
  {
    id: 'EC-ACCIONISTAS',
    folder: 'EC',
    format: 'xlsx',
    columns: cols(`EXPEDIENTE RUC_COMPANIA TIPO_IDENTIFICACION IDENTIFICACION NOMBRE NACIONALIDAD CAPITAL_USD
      PORCENTAJE`),
  },
  {
    id: 'EC-REBEFICS',
    folder: 'EC',
    format: 'xlsx',
    columns: cols(`RUC_SOCIEDAD TIPO_IDENTIFICACION IDENTIFICACION APELLIDO_PATERNO APELLIDO_MATERNO NOMBRES
      NACIONALIDAD FECHA_NACIMIENTO TIPO_BENEFICIARIO PORCENTAJE RUC_INTERMEDIARIO FECHA_REPORTE`),
  },
  {
    id: 'BO-DERECHOS',
    folder: 'BO',
    format: 'csv',
    columns: cols(`CODIGO_UNICO DENOMINACION TITULAR NIT TIPO_ACTOR TIPO_DERECHO CUADRICULAS DEPARTAMENTO
      MUNICIPIO ESTADO WKT`),
  },
  {
    id: 'BO-SENARECOM',
    folder: 'BO',
    format: 'csv',
    columns: cols(`NUMERO_FORMULARIO TIPO FECHA NIT_OPERADOR NIM NIT_PROVEEDOR CODIGO_UNICO_ORIGEN MINERAL
      PESO_BRUTO_KG LEY_PORCENTAJE PESO_FINO_KG VALOR_BRUTO_USD PAIS_DESTINO ADUANA_SALIDA REGALIA_USD`),
  },
  {
    id: 'BO-SEPREC',
    folder: 'BO',
    format: 'csv',
    columns: cols(`MATRICULA NIT RAZON_SOCIAL TIPO_SOCIETARIO ESTADO FECHA_INSCRIPCION DEPARTAMENTO MUNICIPIO
      DOMICILIO CAPITAL_BS CI_REPRESENTANTE REPRESENTANTE_LEGAL`),
  },
  {
    id: 'BO-SOCIOS',
    folder: 'BO',
    format: 'csv',
    columns: cols(
      'MATRICULA NIT_EMPRESA TIPO_DOCUMENTO NUMERO_DOCUMENTO NOMBRE_SOCIO NACIONALIDAD PORCENTAJE FECHA_INGRESO',
    ),
  },
  {
    id: 'MIRROR-DOTS',
    folder: 'INTL',
    format: 'csv',
    // The exact header of the real IMF DOTS / GFI sample in ../shared/data/samples.
    columns: cols(`ctycode_m ctycode_x pctycode_m pctycode_x year_m indcode_m indcode_x ctyname_m indname_m
      pctyname_m value_m ctyname_x indname_x pctyname_x year_x value_x impmisbilat expmisbilat uo_m uo_x`),
  },
  {
    id: 'COMTRADE',
    folder: 'INTL',
    format: 'csv',
    columns: cols(`refYear refMonth reporterISO partnerISO flowCode cmdCode netWgt qtyUnitAbbr qty cifvalue
      fobvalue primaryValue`),
  },
  { id: 'GOLD-PRICE', folder: 'INTL', format: 'csv', columns: ['Date', 'Price'] },
  {
    id: 'METAL-PRICE',
    folder: 'INTL',
    format: 'csv',
    columns: ['Date', 'Copper_USD_t', 'Zinc_USD_t', 'Tin_USD_t', 'Silver_USD_ozt'],
  },
  {
    id: 'PARTY-RECORDS',
    folder: 'INTL',
    format: 'csv',
    columns: cols(`RECORD_ID SOURCE COUNTRY KIND FULL_NAME GIVEN_NAMES SURNAMES BIRTH_DATE ID_SCHEME ID_NUMBER
      ADDRESS LOCALITY POSTCODE REGION`),
  },
  {
    id: 'LAB-ASSAYS',
    folder: 'INTL',
    format: 'csv',
    columns:
      cols(`SAMPLE_ID COUNTRY LOT_REF LAB_ID ACCREDITED METHOD SAMPLED_AT ANALYSED_AT AU_G_T AG_G_T CU_PCT
      ZN_PCT SN_PCT HG_MG_KG PB206_204 PB207_204 PB208_204`),
  },
  {
    id: 'GPS-TRACKS',
    folder: 'INTL',
    format: 'csv',
    columns: cols('DEVICE_ID ASSET_TYPE ASSET_REF OWNER_DOC AUTHORISED_DESTINATION TIMESTAMP LAT LON'),
  },
  { id: 'SATELLITE-ALERTS', folder: 'INTL', format: 'geojson', columns: [] },
  { id: 'PROTECTED-AREAS', folder: 'INTL', format: 'geojson', columns: [] },
];

/** Every layout the simulator writes, in the order of the reference document. */
export const LAYOUTS: readonly Layout[] = LAYOUT_LIST;

/** The layout with the given id; throws for an unknown id, which is a bug in the simulator. */
export function layout(id: string): Layout {
  const found = LAYOUT_LIST.find((l) => l.id === id);
  if (!found) throw new Error(`Unknown layout ${id}`);
  return found;
}

/** The file of a layout relative to the output folder, e.g. `PE/PE-DAM.csv`. */
export function layoutPath(l: Layout): string {
  return `${l.folder}/${l.id}.${l.format}`;
}
