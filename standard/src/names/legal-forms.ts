import { parse as parseYaml } from 'yaml';
import { readDataText } from '../data-files.js';
import type { LegalForm } from '../records/party.js';
import { parseCsv } from '../text/csv.js';
import { foldForComparison } from '../text/fold.js';

/** An ISO 20275 entity legal form of Peru, Colombia, Ecuador or Bolivia (GLEIF ELF list). */
export interface ElfLegalForm {
  readonly elfCode: string;
  readonly country: string;
  readonly name: string;
  readonly abbreviation?: string;
}

/** The result of finding a legal form at the end of an organisation's name. */
export interface LegalFormMatch {
  /** The name without its legal form, spelling kept: "MINERA AURÍFERA DEL SUR". */
  readonly legalName: string;
  /** The legal-form text as written in the name: "S.A.C.". */
  readonly matched: string;
  /** The form; elfCode is left out when the match fits forms of several countries. */
  readonly legalForm: LegalForm;
}

interface Candidate {
  readonly form: ElfLegalForm;
  readonly direct: boolean;
}

// Column positions of the GLEIF ELF CSV (its header names are unwieldy and carry a BOM).
const ELF = { code: 0, country: 2, name: 5, abbreviation: 9, status: 12 } as const;
const MAX_FORM_TOKENS = 8;

let cache: { forms: readonly ElfLegalForm[]; index: Map<string, Candidate[]> } | undefined;

/** The GLEIF entity legal forms of the four countries, active ones only. */
export function listLegalForms(): readonly ElfLegalForm[] {
  return load().forms;
}

/** Finds the legal form that ends an organisation name ("… S.A.C.", "… SAC", "… Sociedad Anónima Cerrada"). */
export function detectLegalForm(name: string, country?: string): LegalFormMatch | undefined {
  const tokens = tokenise(name);
  for (let size = Math.min(MAX_FORM_TOKENS, tokens.length - 1); size >= 1; size--) {
    const tail = tokens.slice(-size);
    const form = bestCandidate(tail.map((token) => token.text).join(''), country);
    if (!form) continue;
    const start = tail[0]?.index ?? 0;
    const legalName = name.slice(0, start).replace(/[\s,.-]+$/, '');
    return { legalName, matched: name.slice(start).trim(), legalForm: form };
  }
  return undefined;
}

/** Resolves a text that is only a legal form ("S.A.S.", "Cía. Ltda.") to its GLEIF form. */
export function lookupLegalForm(text: string, country?: string): LegalForm | undefined {
  return bestCandidate(
    tokenise(text)
      .map((token) => token.text)
      .join(''),
    country,
  );
}

function bestCandidate(key: string, country: string | undefined): LegalForm | undefined {
  const all = load().index.get(key) ?? [];
  const inCountry =
    country === undefined ? all : all.filter((candidate) => candidate.form.country === country);
  // A form named in GLEIF beats one reached through a spelling variant of another form.
  const preferred = inCountry.some((candidate) => candidate.direct)
    ? inCountry.filter((candidate) => candidate.direct)
    : inCountry;
  const first = preferred[0]?.form;
  if (!first) return undefined;
  const unique = preferred.every((candidate) => candidate.form.elfCode === first.elfCode);
  return {
    ...(unique ? { elfCode: first.elfCode } : {}),
    name: first.name,
    ...(first.abbreviation ? { abbreviation: first.abbreviation } : {}),
  };
}

function tokenise(text: string): { text: string; index: number }[] {
  return [...text.matchAll(/[^\s.,()]+/g)].map((match) => ({
    text: foldForComparison(match[0]),
    index: match.index,
  }));
}

function compactKey(text: string): string {
  return tokenise(text)
    .map((token) => token.text)
    .join('');
}

function load(): NonNullable<typeof cache> {
  if (cache) return cache;
  const forms = readElfForms();
  const index = new Map<string, Candidate[]>();
  const add = (key: string, candidate: Candidate): void => {
    const list = index.get(key) ?? [];
    if (!list.some((entry) => entry.form === candidate.form)) list.push(candidate);
    index.set(key, list);
  };
  for (const form of forms) {
    for (const spelling of [form.name, form.abbreviation ?? ''])
      if (spelling) add(compactKey(spelling), { form, direct: true });
  }
  for (const group of readNormalisationGroups()) {
    const keys = [group.main, ...group.forms].map(compactKey);
    const joined = forms.filter(
      (form) => keys.includes(compactKey(form.name)) || keys.includes(compactKey(form.abbreviation ?? '-')),
    );
    for (const form of joined) for (const key of keys) add(key, { form, direct: false });
  }
  for (const list of index.values()) list.sort((a, b) => Number(b.direct) - Number(a.direct));
  cache = { forms, index };
  return cache;
}

function readElfForms(): ElfLegalForm[] {
  const rows = parseCsv(readDataText('reference/legal-forms-gleif-elf-PE-CO-EC-BO.csv')).slice(1);
  return rows
    .filter((row) => row[ELF.status] === 'ACTV' && row[ELF.code])
    .map((row) => {
      const abbreviation = row[ELF.abbreviation]?.trim();
      const form = {
        elfCode: row[ELF.code] ?? '',
        country: row[ELF.country] ?? '',
        name: (row[ELF.name] ?? '').trim(),
      };
      return abbreviation ? { ...form, abbreviation } : form;
    });
}

function readNormalisationGroups(): { main: string; forms: string[] }[] {
  const parsed = parseYaml(readDataText('reference/legal-form-normalisations.yml')) as {
    types?: { main?: unknown; forms?: unknown }[];
  };
  return (parsed.types ?? []).map((group) => ({
    main: String(group.main),
    forms: Array.isArray(group.forms) ? group.forms.map(String) : [],
  }));
}
