import type { Bilingual } from '../api/types';
import type { Language } from '../i18n/i18n';

// Spanish as the API writes alert titles (12.345,5), so figures read the same on every line.
function locale(language: Language): string {
  return language === 'es' ? 'es' : 'en-US';
}

/** A count or a quantity with the reader's separators. */
export function formatNumber(value: number, language: Language, digits = 0): string {
  return value.toLocaleString(locale(language), { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** Dollars, compact for big sums (US$ 12,3 M). */
export function formatUsd(value: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), {
    style: 'currency',
    currency: 'USD',
    notation: Math.abs(value) >= 1e6 ? 'compact' : 'standard',
    maximumFractionDigits: Math.abs(value) >= 1e6 ? 1 : 0,
  }).format(value);
}

/** Kilograms of fine gold. */
export function formatKg(value: number, language: Language): string {
  return `${formatNumber(value, language, value < 10 ? 2 : 1)} kg`;
}

/** A day (YYYY-MM-DD) or a timestamp as the reader writes dates. */
export function formatDate(value: string, language: Language): string {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(locale(language), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

/** A timestamp with its time of day. */
export function formatDateTime(value: string, language: Language): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleString(locale(language), { dateStyle: 'medium', timeStyle: 'short' });
}

/** A period: a whole year as "2024", a whole month as "mar 2024", else both days. */
export function formatPeriod(period: { start: string; end: string }, language: Language): string {
  const { start, end } = period;
  if (start.endsWith('-01-01') && end === `${start.slice(0, 4)}-12-31`) return start.slice(0, 4);
  if (start === end) return formatDate(start, language);
  if (start.slice(0, 7) === end.slice(0, 7) && start.endsWith('-01')) {
    const date = new Date(`${start}T00:00:00Z`);
    return date.toLocaleDateString(locale(language), { year: 'numeric', month: 'short', timeZone: 'UTC' });
  }
  return `${formatDate(start, language)} – ${formatDate(end, language)}`;
}

/** The text in the reader's language. */
export function pick(text: Bilingual | null | undefined, language: Language): string {
  if (!text) return '';
  return text[language] || text.es || text.en;
}
