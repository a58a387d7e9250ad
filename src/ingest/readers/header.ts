import { VetaError } from '../../core/veta-error.js';
import { hasControlCharacters } from './control-characters.js';

const SEPARATORS = [';', ',', '|', '\t'] as const;

/** Checks a header as read and returns it trimmed; a broken header fails the whole file. */
export function checkHeader(file: string, header: readonly string[], separator: string | null): string[] {
  const names = header.map((name) => name.trim());
  if (names.length === 0 || names.every((name) => name === '')) {
    throw new VetaError(
      'FILE_EMPTY',
      `${file} is empty: it has no header row. Check that the export finished.`,
    );
  }
  if (names.some(hasControlCharacters)) {
    throw new VetaError(
      'FILE_NOT_TEXT',
      `${file}, row 1: the header holds control characters, so this is not a text file of a known layout. Check that the right file was given.`,
    );
  }
  if (names.some((name) => name.includes('\uFFFD'))) {
    throw new VetaError(
      'ENCODING_MISMATCH',
      `${file}, row 1: the header is not valid UTF-8. The file may be in ISO-8859-1 (Latin-1): check the layout's encoding.`,
    );
  }
  if (separator !== null && names.length === 1) {
    const other = SEPARATORS.find(
      (candidate) => candidate !== separator && (names[0] ?? '').includes(candidate),
    );
    if (other) {
      throw new VetaError(
        'SEPARATOR_MISMATCH',
        `${file}, row 1: the header is one column, "${names[0] ?? ''}", so the file is not separated by "${separator}". It seems separated by "${other === '\t' ? 'tab' : other}": check the layout or force another profile with --profile.`,
      );
    }
  }
  const blank = names.findIndex((name) => name === '');
  if (blank >= 0) {
    throw new VetaError('HEADER_INVALID', `${file}, row 1: column ${blank + 1} of the header has no name.`);
  }
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate !== undefined) {
    throw new VetaError(
      'HEADER_INVALID',
      `${file}, row 1: the column ${duplicate} appears twice in the header.`,
    );
  }
  return names;
}
