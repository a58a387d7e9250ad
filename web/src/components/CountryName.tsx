import { useTranslation } from 'react-i18next';

/** A country's name from its ISO code (PE -> Perú), the code itself when unknown. */
export function CountryName({ code }: { code: string | null | undefined }) {
  const { t } = useTranslation();
  if (!code) return <>{t('common.regional')}</>;
  return <>{t(`countries.${code}`, code)}</>;
}
