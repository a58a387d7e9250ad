import { peRucCheckDigit } from '@veta/standard';

/** A Peruvian RUC for a person, valid: prefix 10, eight digits, SUNAT's check digit. */
function personRuc(eightDigits: string): string {
  const firstTen = `10${eightDigits}`;
  return `${firstTen}${peRucCheckDigit(firstTen)}`;
}

/**
 * A small REINFO file (Peru's registry of miners in formalisation) as a user would upload it:
 * two good rows and one without the mining right it registers (part of the registration's key),
 * which the ingest must put in quarantine.
 */
export function reinfoUpload(): { name: string; mimeType: string; buffer: Buffer } {
  const rows = [
    'RUC;NOMBRE;CODIGO_UNICO;NOMBRE_DERECHO_MINERO;DEPARTAMENTO;PROVINCIA;DISTRITO;ESTADO;FECHA_INSCRIPCION',
    `${personRuc('70000001')};QUISPE MAMANI ROSA;099000001;DERECHO PRUEBA 1;PUNO;SAN ANTONIO DE PUTINA;ANANEA;VIGENTE;02/03/2024`,
    `${personRuc('70000002')};HUAMAN CCORI JUAN;099000002;DERECHO PRUEBA 2;PUNO;SANDIA;CUYOCUYO;VIGENTE;15/04/2024`,
    `${personRuc('70000003')};CCORI HUAMAN ANA;;DERECHO PRUEBA 3;PUNO;SANDIA;CUYOCUYO;VIGENTE;20/05/2024`,
  ];
  return {
    name: 'PE-REINFO-carga-web.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${rows.join('\n')}\n`, 'utf8'),
  };
}
