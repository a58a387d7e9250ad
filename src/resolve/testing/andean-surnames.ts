/** Surnames common in the Andes, where entity resolution is hardest: many people share them. */
export const ANDEAN_SURNAMES = [
  'QUISPE',
  'MAMANI',
  'CONDORI',
  'HUAMÁN',
  'APAZA',
  'TICONA',
  'CHOQUE',
] as const;
