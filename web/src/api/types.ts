/**
 * The shapes the Veta API answers with, as the web app reads them. They mirror the OpenAPI
 * document (/api/openapi.json) by hand: the web app never imports server code.
 */

/** Text in both of Veta's languages. */
export interface Bilingual {
  es: string;
  en: string;
}

/** A page of a list: every list endpoint answers this way. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** The error body every failing endpoint answers with. */
export interface ApiErrorBody {
  code: string;
  message: string;
}

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
/** How serious an alert is, worst first. */
export type Severity = (typeof SEVERITIES)[number];

export const ALERT_STATUSES = ['open', 'in_review', 'escalated', 'dismissed', 'closed'] as const;
/** Where an alert stands in triage. */
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** The signed-in user and what they may see. */
export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: 'viewer' | 'analyst' | 'supervisor' | 'admin' | 'auditor';
  countries: string[] | 'ALL';
  agency: string | null;
  /** What the user's role lets them do (the server's access/actor.ts grants). */
  permissions: ('read' | 'triage' | 'assign' | 'close' | 'ingest' | 'manage-users' | 'read-audit')[];
}

/** An alert as the queue lists it. */
export interface AlertSummary {
  id: string;
  typology: string;
  typologyName: Bilingual;
  severity: Severity;
  score: number;
  country: string | null;
  period: { start: string; end: string };
  subjects: string[];
  title: Bilingual;
  status: AlertStatus;
  assignee: string | null;
  firstDetectedAt: string;
  lastDetectedAt: string;
}

/** A stored record an alert rests on, with where it came from. */
export interface Evidence {
  table: string;
  layout: string;
  file: string;
  row: number;
  recordId: string;
  role: string;
  values: Record<string, unknown>;
}

/** A comment left on an alert. */
export interface AlertComment {
  id: number;
  author: string;
  text: string;
  at: string;
}

/** One change in an alert's life: a transition or an assignment. */
export interface AlertHistoryEntry {
  id: number;
  kind: 'transition' | 'assignment';
  from: AlertStatus | null;
  to: AlertStatus | null;
  reason: string | null;
  assignee: string | null;
  author: string;
  at: string;
}

/** An alert with its explanation, figures, evidence and triage history. */
export interface AlertDetail extends AlertSummary {
  explanation: Bilingual;
  figures: Record<string, number | string>;
  evidence: Evidence[];
  detectorVersion: string;
  /** The statuses the caller may move the alert to now (dismissing also needs a reason). */
  nextStatuses: AlertStatus[];
  comments: AlertComment[];
  history: AlertHistoryEntry[];
}

/** A typology of the catalogue. */
export interface Typology {
  code: string;
  name: Bilingual;
  description: Bilingual;
  pillar: string;
}

/** Alerts counted, with the value and the fine gold they put at stake. */
export interface AlertTally {
  alerts: number;
  valueAtStakeUsd: number;
  unaccountedFineKg: number;
}

/** The overview's key figures, over the unresolved alerts (open, in review, escalated) in scope. */
export interface Overview {
  unresolvedStatuses: AlertStatus[];
  unresolved: AlertTally;
  bySeverity: (AlertTally & { severity: Severity })[];
  byTypology: (AlertTally & { typology: string; typologyName: Bilingual })[];
  byStatus: Partial<Record<AlertStatus, number>>;
}
