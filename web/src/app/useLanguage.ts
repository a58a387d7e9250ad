import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/i18n';

/** The interface language; components rerender when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'es';
}
