import type { AlertDraft, Bilingual } from './alert.js';

/** The best-known name of each subject id that has one (subject-names.ts). */
export type SubjectNames = ReadonlyMap<string, string>;

/** What naming reads and rewrites of an alert: its subjects, title and explanation. */
type Named = Pick<AlertDraft, 'subjects' | 'title' | 'explanation'>;

/**
 * The alert with each of its subjects written "Name (ID)" in its title and explanation, in both
 * languages. Detectors write subjects by id; an analyst knows them by name. The id stays beside
 * the name so the text still points at the records; subjects, figures and so the alert's id are
 * untouched.
 */
export function nameSubjects<Alert extends Named>(alert: Alert, names: SubjectNames): Alert {
  const known = new Map(alert.subjects.flatMap((id) => withName(id, names.get(id))));
  if (known.size === 0) return alert;
  const write = (text: Bilingual): Bilingual => ({
    es: namedText(text.es, known),
    en: namedText(text.en, known),
  });
  return { ...alert, title: write(alert.title), explanation: write(alert.explanation) };
}

/**
 * `text` with every standalone occurrence of a named id written "Name (ID)": not an id inside a
 * longer one (PE:MR:1 in PE:MR:12), and not one a detector already wrote beside its name.
 */
export function namedText(text: string, names: SubjectNames): string {
  if (names.size === 0) return text;
  // Longest first, so that of two ids where one begins the other, the whole one is matched.
  const ids = [...names.keys()].sort((a, b) => b.length - a.length).map(escaped);
  // An id is a token of letters, digits and : . / - _: one glued to more of those is another id,
  // though a sentence may go on right after it with a period, colon or apostrophe.
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_:./-])(?:${ids.join('|')})(?![\\p{L}\\p{N}_/-]|[:.][\\p{L}\\p{N}])`,
    'gu',
  );
  return text.replace(pattern, (id: string, at: number) => {
    const name = names.get(id) ?? '';
    return besideItsName(text, at, at + id.length, name) ? id : `${name} (${id})`;
  });
}

function withName(id: string, name: string | undefined): [string, string][] {
  const trimmed = name?.trim() ?? '';
  return trimmed === '' || trimmed === id ? [] : [[id, trimmed]];
}

// A name and its id written together: "Name (ID)", "Name, ID", "ID (Name)", "ID: Name".
const BEFORE = /[\s([,:;–—-]{0,3}$/u;
const AFTER = /^[\s([,:;–—-]{0,3}/u;

function besideItsName(text: string, start: number, end: number, name: string): boolean {
  const fold = (value: string): string => value.toLocaleLowerCase('es');
  const before = fold(text.slice(0, start).replace(BEFORE, ''));
  const after = fold(text.slice(end).replace(AFTER, ''));
  return before.endsWith(fold(name)) || after.startsWith(fold(name));
}

function escaped(id: string): string {
  return id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
