/**
 * Controlled inputs by their standard code, as alert texts name them in both languages; listed from
 * the most telling of gold processing (mercury, cyanide) to the least, the order alerts name them in.
 */
const NAMES: Readonly<Record<string, { es: string; en: string }>> = {
  MERCURY: { es: 'mercurio', en: 'mercury' },
  SODIUM_CYANIDE: { es: 'cianuro de sodio', en: 'sodium cyanide' },
  POTASSIUM_CYANIDE: { es: 'cianuro de potasio', en: 'potassium cyanide' },
  DIESEL: { es: 'diésel', en: 'diesel' },
  GASOLINE: { es: 'gasolina', en: 'gasoline' },
  AMMONIUM_NITRATE: { es: 'nitrato de amonio', en: 'ammonium nitrate' },
  EXPLOSIVES: { es: 'explosivos', en: 'explosives' },
};

/** Sorts input codes as alerts name them: the listed ones in their order, then others by code. */
export function byInputOrder(a: string, b: string): number {
  const rank = (code: string): number => {
    const at = Object.keys(NAMES).indexOf(code);
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The name of a controlled input in Spanish or English (the code itself when unknown). */
export function inputName(code: string, language: 'es' | 'en'): string {
  return NAMES[code]?.[language] ?? code;
}

/** The unit as written after a quantity: kg, L or units. */
export function unitLabel(unit: string, language: 'es' | 'en'): string {
  if (unit === 'unit') return language === 'es' ? 'unidades' : 'units';
  return unit;
}
