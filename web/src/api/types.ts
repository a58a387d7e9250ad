/**
 * The shapes the Veta API answers with, named for the web app. Each is the type generated from the
 * OpenAPI document (./generated/openapi.ts, "npm run api-types"), so the server's schemas are the
 * one description of them: the web app never imports server code.
 */
import type { components, paths } from './generated/openapi';
import { CASE_STATUS_VALUES, COUNTRY_VALUES, SEVERITY_VALUES } from './generated/openapi';

type Schemas = components['schemas'];

/** A path of the API that answers GET with JSON. */
type Readable = {
  [P in keyof paths]: paths[P] extends { get: { responses: { 200: unknown } } } ? P : never;
}[keyof paths];

/** The JSON a GET of the path answers with when it succeeds. */
export type Answer<P extends Readable> = paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': infer T } } } };
}
  ? T
  : never;

/** An item of the list a GET of the path answers with. */
export type ItemOf<P extends Readable> = Answer<P> extends { items: (infer T)[] } ? T : never;

/** Text in both of Veta's languages. */
export type Bilingual = Schemas['Bilingual'];

/** The error body every failing endpoint answers with. */
export type ApiErrorBody = Schemas['ErrorBody'];

/** How serious an alert is. */
export type Severity = (typeof SEVERITY_VALUES)[number];
/** The severities, worst first (the API lists them least serious first). */
export const SEVERITIES: readonly Severity[] = [...SEVERITY_VALUES].reverse();

/** Where an alert stands in triage. */
export type AlertStatus = (typeof CASE_STATUS_VALUES)[number];
export const ALERT_STATUSES = CASE_STATUS_VALUES;

/** The countries whose data Veta holds, in the region's order. */
export const COUNTRIES = COUNTRY_VALUES;

/** The signed-in user and what they may see. */
export type Me = Answer<'/api/auth/me'>;

export type AlertSummary = Schemas['AlertSummary'];
export type Evidence = Schemas['EvidenceItem'];
export type AlertComment = Schemas['CaseComment'];
export type AlertHistoryEntry = Schemas['CaseHistoryEntry'];
export type AlertDetail = Schemas['AlertDetail'];
export type NextStep = Schemas['NextStep'];
export type Typology = ItemOf<'/api/typologies'>;
export type Overview = Answer<'/api/overview'>;
