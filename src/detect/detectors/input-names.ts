/** Controlled inputs by their standard code, as alert texts name them in both languages. */
const NAMES: Readonly<Record<string, { es: string; en: string }>> = {
  MERCURY: { es: 'mercurio', en: 'mercury' },
  SODIUM_CYANIDE: { es: 'cianuro de sodio', en: 'sodium cyanide' },
  POTASSIUM_CYANIDE: { es: 'cianuro de potasio', en: 'potassium cyanide' },
  DIESEL: { es: 'diésel', en: 'diesel' },
  GASOLINE: { es: 'gasolina', en: 'gasoline' },
  AMMONIUM_NITRATE: { es: 'nitrato de amonio', en: 'ammonium nitrate' },
  EXPLOSIVES: { es: 'explosivos', en: 'explosives' },
};

/** The name of a controlled input in Spanish or English (the code itself when unknown). */
export function inputName(code: string, language: 'es' | 'en'): string {
  return NAMES[code]?.[language] ?? code;
}

/** The unit as written after a quantity: kg, L or units. */
export function unitLabel(unit: string, language: 'es' | 'en'): string {
  if (unit === 'unit') return language === 'es' ? 'unidades' : 'units';
  return unit;
}
