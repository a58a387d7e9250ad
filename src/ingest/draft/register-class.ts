import { roleOfClass } from './class-roles.js';
import type { DraftRecord } from './draft-record.js';
import { specColumns, type SpecParams } from './precedents.js';
import { constSpec } from './propose-consts.js';

// Registers that enter parties of one class only, so that an entry's class is the register's:
// Peru's REINFO is by law the register of miners in formalisation (Decreto Legislativo 1293,
// art. 4; D.S. 018-2017-EM). Registers of several classes (RUCOM's traders, title holders and
// plants; tax and company registers) are absent: their files say each entry's class in a column.
const SOLE_CLASS_OF_REGISTER: Readonly<Record<string, string>> = {
  REINFO: 'MINER_IN_FORMALISATION',
};

/** The one class a register enters parties as, if it has one. */
export function soleClassOf(register: string): string | undefined {
  return SOLE_CLASS_OF_REGISTER[register];
}

/**
 * A register of one class says the class of the file's entries, and so the role of the parties
 * they enter (a miner in formalisation mines). Only the registered party takes the role: the party
 * a Registration's `party` reads, not a representative beside it. A class a column already gives
 * stays.
 */
export function withRegisterClass(records: readonly DraftRecord[], register: string): DraftRecord[] {
  const sole = soleClassOf(register);
  if (sole === undefined) return [...records];
  const doubt = `the ${register} register enters parties of one class`;
  const registered = new Set(
    records
      .filter((record) => record.type === 'Registration')
      .flatMap((record) => record.fields.filter((field) => field.path === 'party'))
      .flatMap((field) => specColumns(field.spec)),
  );
  const role = roleOfClass(sole);
  return records.map((record) => {
    if (record.type === 'Registration') {
      if (record.fields.some((field) => field.path.startsWith('class'))) return record;
      return {
        ...record,
        fields: [...record.fields, { path: 'class.code', spec: constSpec(sole), from: [], doubt }],
      };
    }
    const ids = specColumns(record.id.spec);
    if (record.type !== 'Party' || role === undefined || ids.length === 0) return record;
    if (!ids.every((column) => registered.has(column))) return record;
    const spec: SpecParams = constSpec(role);
    return {
      ...record,
      fields: [
        ...record.fields.filter((field) => field.path !== 'roles[]'),
        { path: 'roles[]', spec, from: [], doubt },
      ],
    };
  });
}
