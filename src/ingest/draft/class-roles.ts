import type { Crosswalk } from '@veta/standard';
import type { SpecParams } from './precedents.js';

// The role in the minerals chain a register's class says a party plays: title holders, applicants
// for legalisation, formalisation subcontractors and miners in formalisation all mine. An input
// user's class says nothing of its place in the chain.
const ROLE_OF_CLASS: Readonly<Record<string, string>> = {
  TRADER: 'TRADER',
  MINING_TITLE_HOLDER: 'MINER',
  SUBSISTENCE_MINER: 'SUBSISTENCE_MINER',
  LEGALISATION_APPLICANT: 'MINER',
  FORMALISATION_SUBCONTRACTOR: 'MINER',
  PROCESSING_PLANT: 'PROCESSING_PLANT',
  MINER_IN_FORMALISATION: 'MINER',
};

/** The party role a register class implies, if any. */
export function roleOfClass(code: string): string | undefined {
  return ROLE_OF_CLASS[code];
}

/** A lookup of each term of a registration-class crosswalk to the party role its class implies. */
export function roleLookup(crosswalk: Crosswalk, column: string): SpecParams | undefined {
  if (crosswalk.vocabulary !== 'registrationClass') return undefined;
  const values: Record<string, string> = {};
  for (const { term, code } of crosswalk.terms) {
    const role = ROLE_OF_CLASS[code];
    if (role !== undefined) values[term] = role;
  }
  return Object.keys(values).length === 0 ? undefined : { use: 'lookup', column, values };
}
