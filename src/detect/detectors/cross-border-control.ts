import { escalated, severityFor, type AlertDraft } from '../alert.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { en, es, evidenceFrom, isoDay, type EvidenceRow } from '../explain.js';
import { detectorSql } from '../sql-file.js';
import { encodedLinks, type EncodedEntry } from './cross-border-encodings.js';
import { personsOf, type DocumentEntry, type Person } from './cross-border-persons.js';

// The thresholds this detector reads, each from its typology's entry in the catalogue.
const THRESHOLDS = ['minEffectiveShare', 'minCountries', 'minEncodingDice'] as const;
type ThresholdName = (typeof THRESHOLDS)[number];

interface ControlRow {
  document: string;
  company: string;
  first_export: Date | null;
  last_export: Date | null;
  fob_usd: string;
  evidence: EvidenceRow;
}

/** One person's control of gold companies, gathered over all of their documents. */
export interface PersonControl {
  person: Person;
  companies: string[];
  countries: string[];
  exportsUsd: number;
  period: { start: string; end: string } | null;
  evidence: EvidenceRow[];
}

/** The alert for one person controlling gold companies across borders under several documents. */
export function crossBorderAlert(
  control: PersonControl,
  settings: DetectorSettings<ThresholdName>,
): AlertDraft {
  const rule = settings.severity;
  const { person, exportsUsd } = control;
  const documents = person.documents.join(', ');
  const companies = control.companies.join(', ');
  const countries = control.countries.join(', ');
  const linked = linkedBy(person);
  return {
    typology: 'CROSS_BORDER_CONTROL',
    // Hidden behind another document is the typology's aggravating case: never below medium.
    severity: escalated(severityFor(exportsUsd, rule.bands), exportsUsd < rule.bands.medium),
    score: Math.min(1, exportsUsd / rule.bands.critical),
    country: control.countries[0] ?? null,
    period: control.period ?? { start: '0001-01-01', end: '9999-12-31' },
    subjects: [...person.documents, ...control.companies],
    title: {
      es: `Una persona con ${String(person.documents.length)} documentos controla empresas del oro en ${countries}`,
      en: `One person under ${String(person.documents.length)} documents controls gold companies in ${countries}`,
    },
    explanation: {
      es: `${linked.es} bajo los documentos ${documents}; con ellos es dueña o controla ${companies}, en ${countries}. Esas empresas exportaron USD ${es(exportsUsd, 0)} FOB. Cada registro declara a la persona con otro documento, de modo que el vínculo solo aparece al cruzarlos.`,
      en: `${linked.en} under documents ${documents}; through them the person owns or controls ${companies}, in ${countries}. Those companies exported USD ${en(exportsUsd, 0)} FOB. Each register declares the person under another document, so the link only shows when they are crossed.`,
    },
    figures: {
      documents: person.documents.length,
      companies: control.companies.length,
      exportsUsd,
      linkedBy: linked.code,
      ...(person.resolutionConfidence === null ? {} : { linkConfidence: person.resolutionConfidence }),
      ...(person.encodingDice === undefined ? {} : { encodingDice: person.encodingDice }),
    },
    evidence: evidenceFrom(
      'relationship',
      'ownership or control under one of the documents',
      control.evidence,
    ),
  };
}

/** How the documents were taken as one person, in words: the alert says how sure it is. */
function linkedBy(person: Person): { code: string; es: string; en: string } {
  const plain = linkedInClear(person);
  const dice = person.encodingDice;
  if (dice === undefined) return plain;
  const encoded = {
    es: `sus codificaciones lo unen (filtros de Bloom de los nombres con coeficiente de Dice ${es(dice, 3)} y la misma fecha de nacimiento cifrada; el nodo regional no ve nombres, solo seudónimos)`,
    en: `their encodings join them (Bloom filters of the names with a Dice coefficient of ${en(dice, 3)} and the same encrypted birth date; the hub sees no names, only pseudonyms)`,
  };
  if (plain.code === 'none')
    return {
      code: 'encodings',
      es: `Los registros describen a la misma persona: ${encoded.es},`,
      en: `The registers describe one person: ${encoded.en},`,
    };
  return {
    code: `${plain.code} and encodings`,
    es: `${plain.es.slice(0, -1)}; además ${encoded.es},`,
    en: `${plain.en.slice(0, -1)}; also ${encoded.en},`,
  };
}

function linkedInClear(person: Person): { code: string; es: string; en: string } {
  const confidence = person.resolutionConfidence;
  const resolved =
    confidence === null
      ? undefined
      : {
          es: `la resolución de entidades los une (enlace más débil: probabilidad ${es(confidence, 3)})`,
          en: `entity resolution joins them (weakest link: probability ${en(confidence, 3)})`,
        };
  const named = {
    es: 'los registros dan los mismos apellidos, nombres que solo difieren en un nombre de pila que falta o un error de tipeo, y ninguna fecha de nacimiento en conflicto',
    en: 'the registers give the same surnames, names that differ only by a missing given name or a typing error, and no conflicting birth date',
  };
  if (resolved && person.joinedByNames)
    return {
      code: 'resolution and names',
      es: `Los registros describen a la misma persona: ${resolved.es}, y ${named.es},`,
      en: `The registers describe one person: ${resolved.en}, and ${named.en},`,
    };
  if (resolved)
    return {
      code: 'resolution',
      es: `Los registros describen a la misma persona: ${resolved.es},`,
      en: `The registers describe one person: ${resolved.en},`,
    };
  if (!person.joinedByNames && person.encodingDice !== undefined) return { code: 'none', es: '', en: '' };
  return {
    code: 'names',
    es: `Los registros describen a la misma persona: ${named.es},`,
    en: `The registers describe one person: ${named.en},`,
  };
}

/** Each person's control gathered from their documents' rows; only documents in a person count. */
export function controlsOf(persons: readonly Person[], rows: readonly ControlRow[]): PersonControl[] {
  const personOf = new Map(
    persons.flatMap((person) => person.documents.map((document) => [document, person])),
  );
  const gathered = new Map<string, { person: Person; rows: ControlRow[] }>();
  for (const row of rows) {
    const person = personOf.get(row.document);
    if (!person) continue;
    const entry = gathered.get(person.key) ?? { person, rows: [] };
    entry.rows.push(row);
    gathered.set(person.key, entry);
  }
  return [...gathered.values()].map(({ person, rows: held }) => {
    const byCompany = new Map(held.map((row) => [row.company, row]));
    const companies = [...byCompany.keys()].sort();
    const firsts = held.flatMap((row) => (row.first_export ? [isoDay(row.first_export)] : [])).sort();
    const lasts = held.flatMap((row) => (row.last_export ? [isoDay(row.last_export)] : [])).sort();
    const first = firsts[0];
    const last = lasts[lasts.length - 1];
    return {
      person: { ...person, documents: [...new Set(held.map((row) => row.document))].sort() },
      companies,
      countries: [...new Set(companies.map((company) => company.slice(0, 2)))].sort(),
      exportsUsd: [...byCompany.values()].reduce((sum, row) => sum + Number(row.fob_usd), 0),
      period: first && last ? { start: first, end: last } : null,
      evidence: held.map((row) => row.evidence),
    };
  });
}

// A passport is keyed under the register that declared it, so one passport in two registers is one document.
const documentItself = (document: string): string => document.replace(/^[A-Z]{2}:PASSPORT:/, 'PASSPORT:');

/** CROSS_BORDER_CONTROL: one owner controls gold companies in two or more countries, hidden behind documents. */
export const crossBorderControlDetector: Detector<ThresholdName> = {
  code: 'CROSS_BORDER_CONTROL',
  thresholds: THRESHOLDS,
  version: '2.2.0',
  async run(db, settings) {
    const rows = await db.query<ControlRow>(detectorSql('cross-border-control'), [
      settings.thresholds.minEffectiveShare * 100,
    ]);
    const entries = await db.query<DocumentEntry & EncodedEntry>(detectorSql('cross-border-documents'), [
      [...new Set(rows.map((row) => row.document))],
    ]);
    const links = encodedLinks(entries, settings.thresholds.minEncodingDice);
    return controlsOf(personsOf(entries, links), rows)
      .filter(
        (control) =>
          control.countries.length >= settings.thresholds.minCountries &&
          new Set(
            control.person.documents.map((document) =>
              documentItself(control.person.sameDocument?.[document] ?? document),
            ),
          ).size > 1,
      )
      .sort((a, b) => a.person.key.localeCompare(b.person.key))
      .map((control) => crossBorderAlert(control, settings));
  },
};
