import { preparePersonName } from '../../resolve/name-parts.js';
import { withinOneEdit } from '../../resolve/text-similarity.js';
import type { EncodedLink } from './cross-border-encodings.js';

/** One register's entry for a document: the name and birth date it gives, and its resolved entity. */
export interface DocumentEntry {
  document: string;
  given: string | null;
  paternal: string | null;
  maternal: string | null;
  born: string | null;
  entity_id: string | null;
  /** The weakest link of the entity (null when it rests on no scored link, or there is none). */
  confidence: number | null;
}

/** Documents taken as one person, and what joined them. */
export interface Person {
  /** The smallest of its documents: a stable name for the group. */
  key: string;
  documents: string[];
  /** The weakest resolution link used to join them; null when resolution joined none. */
  resolutionConfidence: number | null;
  /** Whether the register rule (names and birth date, below) joined any two documents. */
  joinedByNames: boolean;
  /** The lowest Dice coefficient of the encodings that joined documents; absent where none did. */
  encodingDice?: number;
  /** A token that is another of the person's documents under its encoding: the same document. */
  sameDocument?: Readonly<Record<string, string>>;
}

/**
 * Groups documents into persons. Resolution decides first: documents whose entries sit in one
 * resolved entity are one person. Resolution leaves apart pairs it has too little to score across
 * borders (a register with no birth date, as Peru's taxpayer register and Colombia's RUES; a
 * register with one surname), so a second, narrower rule joins two documents whose names agree up
 * to a missing word or a typing error, in any order (Spanish registers swap surnames), when one of
 * them is a passport and their birth dates are the same, or, where one is missing, both give both
 * surnames. A joined group says how it was joined, so the alert can say how sure it is.
 */
export function personsOf(entries: readonly DocumentEntry[], links: readonly EncodedLink[] = []): Person[] {
  const parent = new Map<string, string>();
  const find = (document: string): string => {
    let root = document;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(document, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const [rootA, rootB] = [find(a), find(b)];
    if (rootA !== rootB) parent.set(rootA > rootB ? rootA : rootB, rootA > rootB ? rootB : rootA);
  };
  for (const entry of entries) parent.set(entry.document, entry.document);

  const confidenceOf = new Map<string, number | null>();
  const byEntity = new Map<string, string>();
  for (const entry of entries) {
    if (entry.entity_id === null) continue;
    const first = byEntity.get(entry.entity_id);
    if (first === undefined) byEntity.set(entry.entity_id, entry.document);
    else if (first !== entry.document) {
      union(first, entry.document);
      confidenceOf.set(entry.entity_id, entry.confidence);
    }
  }

  const named = new Set<string>();
  const bySurname = new Map<string, { entry: DocumentEntry; name: FoldedName }[]>();
  for (const entry of entries) {
    const name = foldedName(entry);
    if (name === undefined) continue;
    const compared = new Set<DocumentEntry>();
    for (const surname of [name.paternal, name.maternal].filter((word) => word !== '')) {
      const block = bySurname.get(surname) ?? [];
      for (const other of block) {
        if (compared.has(other.entry) || other.entry.document === entry.document) continue;
        compared.add(other.entry);
        if (
          !onePassport(entry, other.entry) ||
          !sameIdentity(entry, other.entry) ||
          !namesAgree(name, other.name)
        )
          continue;
        if (find(entry.document) !== find(other.entry.document)) {
          union(entry.document, other.entry.document);
          named.add(entry.document).add(other.entry.document);
        }
      }
      block.push({ entry, name });
      bySurname.set(surname, block);
    }
  }

  // Links on encodings (cross-border-encodings.ts): persons the hub sees only as tokens and filters.
  const diceOf = new Map<string, number>();
  const sameDocument = new Map<string, string>();
  for (const {
    documents: [a, b],
    dice,
  } of links) {
    if (!parent.has(a) || !parent.has(b)) continue;
    union(a, b);
    if (dice === null) sameDocument.set(b, a);
    else for (const document of [a, b]) diceOf.set(document, Math.min(dice, diceOf.get(document) ?? 1));
  }

  const groups = new Map<string, Set<string>>();
  for (const document of parent.keys()) {
    const root = find(document);
    groups.set(root, (groups.get(root) ?? new Set()).add(document));
  }
  return [...groups.values()]
    .filter((documents) => documents.size > 1)
    .map((set) => {
      const documents = [...set].sort();
      const entities = new Set(
        entries
          .filter((entry) => set.has(entry.document) && entry.entity_id !== null)
          .map((e) => e.entity_id),
      );
      const confidences = [...entities].flatMap((entity) => {
        const confidence = entity === null ? undefined : confidenceOf.get(entity);
        return confidence === undefined || confidence === null ? [] : [confidence];
      });
      const dices = documents.flatMap((document) => diceOf.get(document) ?? []);
      const aliases = documents.flatMap((document) => {
        const same = sameDocument.get(document);
        return same === undefined ? [] : [[document, same] as const];
      });
      return {
        key: documents[0] ?? '',
        documents,
        resolutionConfidence: confidences.length === 0 ? null : Math.min(...confidences),
        joinedByNames: documents.some((document) => named.has(document)),
        ...(dices.length === 0 ? {} : { encodingDice: Math.min(...dices) }),
        ...(aliases.length === 0 ? {} : { sameDocument: Object.fromEntries(aliases) }),
      };
    });
}

/** A name's parts folded for comparison only, each part's words run together ("DE LA CRUZ" as one). */
interface FoldedName {
  paternal: string;
  maternal: string;
  given: string[];
}

function foldedName(entry: DocumentEntry): FoldedName | undefined {
  const fold = (part: string | null): string[] => [...preparePersonName(part ?? '').tokens];
  const paternal = fold(entry.paternal).join('');
  const given = fold(entry.given);
  if (paternal === '' || given.length === 0) return undefined;
  return { paternal, maternal: fold(entry.maternal).join(''), given };
}

/**
 * Names of one person as registers write them: the surnames in the same or swapped order (a
 * missing second surname agreeing with either), each at most one typing error apart, and every
 * given name of the shorter list in the longer, at most one error apart (a register that records
 * the first given name only, or runs two together).
 */
function namesAgree(a: FoldedName, b: FoldedName): boolean {
  const alike = (x: string, y: string): boolean => withinOneEdit(x, y);
  const surnames =
    a.maternal === '' || b.maternal === ''
      ? alike(a.paternal, b.paternal)
      : (alike(a.paternal, b.paternal) && alike(a.maternal, b.maternal)) ||
        (alike(a.paternal, b.maternal) && alike(a.maternal, b.paternal));
  if (!surnames) return false;
  const [shorter, longer] = a.given.length <= b.given.length ? [a.given, b.given] : [b.given, a.given];
  const used = new Set<number>();
  return shorter.every((name) => {
    const at = longer.findIndex((other, index) => !used.has(index) && alike(name, other));
    if (at < 0) return false;
    used.add(at);
    return true;
  });
}

/**
 * Whether one of the two documents is a passport: the typology's hiding place, a national ID in one
 * register and a passport in the other. Two countries' national IDs under like names are far more
 * often namesakes (Andean names repeat across borders), so only resolution, weighing more than
 * names, joins those.
 */
function onePassport(a: DocumentEntry, b: DocumentEntry): boolean {
  return [a.document, b.document].some((document) => document.includes(':PASSPORT:'));
}

/**
 * Whether what besides the name identifies a person agrees: the same birth date, or, where a
 * register gives none, both surnames on both sides, so that the name alone carries the identity.
 */
function sameIdentity(a: DocumentEntry, b: DocumentEntry): boolean {
  if (a.born !== null && b.born !== null) return a.born.slice(0, 10) === b.born.slice(0, 10);
  return [a.maternal, b.maternal].every((surname) => (surname?.trim() ?? '') !== '');
}
