import { randomBytes } from 'node:crypto';
import { repeatedDeflate, type ZipPart } from './zip-file.js';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * The parts of a one-sheet workbook, written by hand so a test can replace any of them: the sheet
 * holds `rows` as shared strings, the shared strings before it, as exceljs needs them
 * to resolve the sheet's cells.
 */
export function workbookParts(sheetName: string, rows: readonly (readonly string[])[]): ZipPart[] {
  const strings: string[] = [];
  const sheetRows = rows.map(
    (row, r) =>
      `<row r="${r + 1}">${row.map((text, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="s"><v>${strings.push(text) - 1}</v></c>`).join('')}</row>`,
  );
  const part = (path: string, text: string): ZipPart => ({ path, data: Buffer.from(XML + text) });
  return [
    part(
      '[Content_Types].xml',
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    ),
    part(
      '_rels/.rels',
      `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    part(
      'xl/sharedStrings.xml',
      `<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((text) => `<si><t>${text}</t></si>`).join('')}</sst>`,
    ),
    part(
      'xl/worksheets/sheet1.xml',
      `<worksheet xmlns="${MAIN}"><sheetData>${sheetRows.join('')}</sheetData></worksheet>`,
    ),
  ];
}

/**
 * A shared-string table that inflates to `bytes` (in whole megabytes) from about 1/285 of that, as
 * the issue's bomb did (7.3 MB to 2 GiB): two random strings repeated for a megabyte, and that
 * megabyte repeated.
 */
export function sharedStringsBomb(bytes: number): ZipPart {
  let seed = '';
  while (seed.length < 128) seed += `<si><t>${randomBytes(24).toString('hex')}</t></si>`;
  return repeatedTable(`${XML}<sst xmlns="${MAIN}">`, seed, bytes);
}

/** A shared-string table whose first string is one cell of `bytes` of text (in whole megabytes). */
export function oneCellBomb(bytes: number): ZipPart {
  return repeatedTable(`${XML}<sst xmlns="${MAIN}"><si><t>`, randomBytes(64).toString('hex'), bytes);
}

function repeatedTable(head: string, seed: string, bytes: number): ZipPart {
  const megabyte = 1024 * 1024;
  const block = Buffer.from(seed.repeat(Math.ceil(megabyte / seed.length)).slice(0, megabyte));
  const times = Math.max(1, Math.round(bytes / megabyte));
  return { path: 'xl/sharedStrings.xml', deflated: repeatedDeflate(Buffer.from(head), block, times) };
}
