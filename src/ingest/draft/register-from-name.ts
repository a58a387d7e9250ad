import { crosswalkById } from '@veta/standard';
import { headerWords } from './column-names.js';
import type { DraftRecord } from './draft-record.js';
import { constSpec } from './propose-consts.js';
import { withRegisterClass } from './register-class.js';

/**
 * The register a file's name names, through the standard's register crosswalk: a register's export
 * is usually named after it (RUCOM_2024.csv, SUNAT's padron_reducido_ruc.txt). Undefined when the name names none,
 * or registers of two kinds.
 */
export function registerNamed(fileName: string): { code: string; term: string } | undefined {
  const words = headerWords(fileName).join(' ');
  const found = (crosswalkById('register')?.terms ?? []).filter((entry) =>
    ` ${words} `.includes(` ${headerWords(entry.term).join(' ')} `),
  );
  const codes = new Set(found.map((entry) => entry.code));
  const [first] = found;
  return codes.size === 1 && first ? { code: first.code, term: first.term } : undefined;
}

/** The register of taxpayers, whose entries are numbered by the taxpayer's tax number. */
const TAX_REGISTER = 'TAX_REGISTER';

/**
 * The file's entries in a register are in the register its name names, whatever the register of
 * the layouts their fields follow: only the file's own name can tell a RUCOM from a company register.
 * A tax register's entry is the taxpayer's tax number (a RUC in SUNAT's padrón, a NIT in the SIN's),
 * so its registration number is the column the entry's party is read from, not a company
 * register's matrícula followed onto whatever column resembles it. A register of one class also
 * says its entries' class (register-class.ts).
 */
export function withNamedRegister(records: readonly DraftRecord[], fileName: string): DraftRecord[] {
  const named = registerNamed(fileName);
  if (!named) return [...records];
  const doubt = `the file's name names the ${named.term} register`;
  const registered = records.map((record) => {
    if (record.type !== 'Registration') return record;
    const party = record.fields.find((field) => field.path === 'party')?.spec;
    const numbered =
      named.code === TAX_REGISTER && party?.use === 'identifier' && typeof party.column === 'string'
        ? [{ path: 'registrationNumber', spec: { use: 'text', column: party.column }, from: [], doubt }]
        : [];
    const replaced = new Set(['register', ...numbered.map((field) => field.path)]);
    return {
      ...record,
      fields: [
        ...record.fields.filter((field) => !replaced.has(field.path)),
        { path: 'register', spec: constSpec(named.code), from: [], doubt },
        ...numbered,
      ],
    };
  });
  return withRegisterClass(registered, named.code);
}
