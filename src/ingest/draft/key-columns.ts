import type { RecordMapping } from '../profiles/profile.js';
import { columnWordConcept } from '@veta/standard';
import { headerConcepts, headerSimilarity, headerWords } from './column-names.js';
import { specColumns } from './precedents.js';

/**
 * The columns that say whether a record is made and which one it is: those of its conditions,
 * of the list it is made for each element of, and of its key. A record cannot be followed into a
 * file that lacks a counterpart for any of them.
 */
export function recordKeyColumns(mapping: RecordMapping): string[] {
  const id = mapping.id;
  const idColumns = id.use === 'template' ? specColumns(id) : [id.column ?? specColumns(id)[0] ?? ''];
  const columns = [
    ...(mapping.when ?? []).map((condition) => condition.split('=', 1)[0] ?? ''),
    ...(mapping.each ? [mapping.each.column] : []),
    ...idColumns,
  ];
  return [...new Set(columns)].filter((column) => column !== '' && !column.startsWith('$'));
}

/**
 * The words naming the party a layout's other record is about: those the columns its conditions
 * read all share (REPRESENTANTE in CI_REPRESENTANTE and REPRESENTANTE_LEGAL, VENDEDOR in
 * RUC_VENDEDOR and NOMBRE_VENDEDOR), or else its key columns but those the row's own record's key
 * reads (the company a representative acts for). One column alone names no party: its words are
 * as much what it holds as whose. Only words of the vocabulary count: another (LEGAL, the X of
 * value_x) may stand for anything.
 */
export function partyConcepts(mapping: RecordMapping, primaryKey: readonly string[]): Set<string> {
  const conditions = (mapping.when ?? []).map((condition) => condition.split('=', 1)[0] ?? '');
  const own = recordKeyColumns(mapping).filter((column) => !primaryKey.includes(column));
  const columns = conditions.length >= 2 ? conditions : own;
  if (columns.length < 2) return new Set();
  const [first, ...rest] = columns.map((column) => new Set(knownConcepts(column)));
  return new Set([...(first ?? [])].filter((concept) => rest.every((other) => other.has(concept))));
}

// The concepts of the header's words the vocabulary of column words knows.
function knownConcepts(column: string): string[] {
  return headerWords(column)
    .filter((word) => columnWordConcept(word) !== word)
    .map(columnWordConcept);
}

/** One way of reading a precedent's key columns from the new file's, each from its own column. */
export interface KeyMatch {
  columns: Map<string, string>;
  likeness: number;
  /** Whether a column chosen names the record's party, when it has one. */
  namesParty: boolean;
}

/**
 * Every way of reading `columns`, the key columns of a record about `party`, from distinct columns
 * of `header`, most alike first. A column is a counterpart when its header is at least `minimum`
 * alike; for one naming the record's party, any column naming it too is, and ranks first: the
 * party's word is what tells its columns from the row's own record's (CI_REPRESENTANTE for
 * REPRESENTANTE_LEGAL_DOC), while the rest of the header (CEDULA, DOC, NUM) is each agency's own.
 * The columns chosen may not name two parties of `known` (a buyer's number with a seller's name),
 * nor another party than the record's. Those where one names the record's party come first.
 */
export function matchKeyColumns(
  columns: readonly string[],
  header: readonly string[],
  party: ReadonlySet<string>,
  known: ReadonlySet<string>,
  minimum: number,
): KeyMatch[] {
  const parties = new Set([...known, ...party]);
  const candidates = columns.map((column) =>
    header.flatMap((found) => {
      const score = headerSimilarity(column, found);
      const same = namedParties(column, party).length > 0 && namedParties(found, party).length > 0;
      if (same && score > 0) return [{ found, score: score + 1 }];
      // A column naming another party is no counterpart of one naming a party (the seller's
      // number of the buyer's), though it is of a plain one (RUC_TITULAR of a layout's RUC).
      const otherParty = namedParties(column, parties).length > 0 && namedParties(found, parties).length > 0;
      return score >= minimum && !otherParty ? [{ found, score }] : [];
    }),
  );
  const matches: KeyMatch[] = [];
  const walk = (index: number, chosen: Map<string, string>, likeness: number): void => {
    const column = columns[index];
    if (column === undefined) {
      const naming = [...chosen.values()].map((found) => namedParties(found, parties));
      if (oneParty(naming, party))
        matches.push({
          columns: new Map(chosen),
          likeness,
          namesParty: party.size === 0 || naming.some((concepts) => concepts.length > 0),
        });
      return;
    }
    for (const { found, score } of candidates[index] ?? []) {
      if ([...chosen.values()].includes(found)) continue;
      chosen.set(column, found);
      walk(index + 1, chosen, likeness + score);
      chosen.delete(column);
    }
  };
  walk(0, new Map(), 0);
  return matches.sort((a, b) => Number(b.namesParty) - Number(a.namesParty) || b.likeness - a.likeness);
}

/** The words of `known` naming a party that `column` has. */
export function namedParties(column: string, known: ReadonlySet<string>): string[] {
  return headerConcepts(column).filter((concept) => known.has(concept));
}

// The parties the chosen columns name have one in common, and it is the record's when it names one.
function oneParty(named: readonly string[][], party: ReadonlySet<string>): boolean {
  const naming = named.filter((concepts) => concepts.length > 0);
  const [first, ...rest] = naming;
  if (first === undefined) return true;
  const common = first.filter((concept) => rest.every((other) => other.includes(concept)));
  return common.length > 0 && (party.size === 0 || common.some((concept) => party.has(concept)));
}
