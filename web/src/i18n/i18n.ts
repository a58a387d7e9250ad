import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import es from './es.json';

export const LANGUAGES = ['es', 'en'] as const;
/** The languages Veta speaks; Spanish first, the region's working language. */
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'veta.language';

function isLanguage(value: string | null): value is Language {
  return value !== null && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the user chose last time, Spanish when they never chose. */
export function rememberedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : 'es';
}

/** Switches the interface language and remembers the choice for the next visit. */
export async function chooseLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

/** Starts i18next with both dictionaries before the first render. */
export async function startI18n(): Promise<void> {
  const language = rememberedLanguage();
  document.documentElement.lang = language;
  await i18next.use(initReactI18next).init({
    resources: { es: { translation: es }, en: { translation: en } },
    lng: language,
    fallbackLng: 'es',
    interpolation: { escapeValue: false },
  });
}

/** The current interface language. */
export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'es';
}
