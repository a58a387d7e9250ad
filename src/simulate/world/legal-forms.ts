import type { Rng } from '../rng.js';

/** A legal form with the spellings registries use for it. */
export interface LegalForm {
  readonly key: string;
  /** How the company register writes it. */
  readonly canonical: string;
  /** Other spellings found in other files. */
  readonly variants: readonly string[];
}

// Spellings from ISO 20275 (ELF) and the variants national files actually carry.
const FORMS: Readonly<Record<string, LegalForm>> = {
  SAC: {
    key: 'SAC',
    canonical: 'S.A.C.',
    variants: ['SAC', 'S.A.C', 'SOCIEDAD ANÓNIMA CERRADA', 'SOCIEDAD ANONIMA CERRADA'],
  },
  SA: { key: 'SA', canonical: 'S.A.', variants: ['SA', 'SOCIEDAD ANÓNIMA', 'SOCIEDAD ANONIMA'] },
  EIRL: {
    key: 'EIRL',
    canonical: 'E.I.R.L.',
    variants: ['EIRL', 'E.I.R.LTDA.', 'EMPRESA INDIVIDUAL DE RESPONSABILIDAD LIMITADA'],
  },
  SRL: { key: 'SRL', canonical: 'S.R.L.', variants: ['SRL', 'SOCIEDAD DE RESPONSABILIDAD LIMITADA'] },
  SAS: { key: 'SAS', canonical: 'S.A.S.', variants: ['SAS', 'S.A.S', 'SOCIEDAD POR ACCIONES SIMPLIFICADA'] },
  LTDA: { key: 'LTDA', canonical: 'LTDA.', variants: ['LTDA', 'LIMITADA'] },
  CIALTDA: {
    key: 'CIALTDA',
    canonical: 'CÍA. LTDA.',
    variants: ['CIA. LTDA.', 'CIA LTDA', 'COMPAÑÍA LIMITADA'],
  },
  COOP: { key: 'COOP', canonical: 'LTDA.', variants: ['LTDA', 'R.L.'] },
  FOREIGN: { key: 'FOREIGN', canonical: '', variants: [''] },
};

const BY_COUNTRY: Readonly<Record<string, readonly string[]>> = {
  PE: ['SAC', 'SAC', 'SA', 'EIRL', 'SRL'],
  CO: ['SAS', 'SAS', 'SA', 'LTDA'],
  EC: ['SA', 'CIALTDA', 'CIALTDA'],
  BO: ['SRL', 'SA', 'LTDA'],
};

/** The legal form with the given key. */
export function legalForm(key: string): LegalForm {
  const form = FORMS[key];
  if (!form) throw new Error(`Unknown legal form ${key}`);
  return form;
}

/** A legal form typical of companies in the country. */
export function pickLegalForm(rng: Rng, country: string): string {
  return rng.pick(BY_COUNTRY[country] ?? ['SA']);
}

/** A company's name as the company register writes it: name and canonical legal form. */
export function registeredName(name: string, formKey: string): string {
  const form = legalForm(formKey).canonical;
  return form === '' ? name : `${name} ${form}`;
}
