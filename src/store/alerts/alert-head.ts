/** The columns every reading of an alert shares, as the database gives them. */
export interface AlertHeadRow<Severity extends string = string> {
  id: string;
  typology: string;
  severity: Severity;
  /** numeric: the driver gives it as text. */
  score: string;
  country: string | null;
  period_start: Date;
  period_end: Date;
  subjects: string[];
  title: { es: string; en: string };
  first_detected_at: Date;
  last_detected_at: Date;
}

/**
 * What an alert says, as a detector raises it and as it is read back: what was found, about whom,
 * when, how strongly.
 */
export interface AlertFinding<Severity extends string = string> {
  typology: string;
  severity: Severity;
  score: number;
  country: string | null;
  period: { start: string; end: string };
  subjects: string[];
  title: { es: string; en: string };
}

/** What every reading of a stored alert shows: its finding, its id and when it was detected. */
export interface AlertHead<Severity extends string = string> extends AlertFinding<Severity> {
  id: string;
  firstDetectedAt: Date;
  lastDetectedAt: Date;
}

export function alertHeadOf<Severity extends string>(row: AlertHeadRow<Severity>): AlertHead<Severity> {
  const day = (date: Date): string => date.toISOString().slice(0, 10);
  return {
    id: row.id,
    typology: row.typology,
    severity: row.severity,
    score: Number(row.score),
    country: row.country,
    period: { start: day(row.period_start), end: day(row.period_end) },
    subjects: row.subjects,
    title: row.title,
    firstDetectedAt: row.first_detected_at,
    lastDetectedAt: row.last_detected_at,
  };
}
