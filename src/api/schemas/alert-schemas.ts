import { Type, type Static } from 'typebox';
import { CASE_STATUSES } from '../../core/case-statuses.js';
import { SEVERITIES } from '../../core/severity.js';
import { ALERT_SORTS, ALERT_UNITS } from '../../store/alerts/alert-search-repository.js';
import { UNRESOLVED, UNRESOLVED_STATUSES } from '../../triage/case-status.js';
import { Bilingual, CountryCode, Nullable, Page, PageQuery, Timestamp } from './common.js';
import { wordList } from '../../core/word-list.js';
import { NextStep } from './next-step-schemas.js';

/** A case status. */
export const CaseStatusSchema = Type.Enum([...CASE_STATUSES], {
  description: `${wordList(CASE_STATUSES)}.`,
});

/** An alert's severity, least serious first. */
export const SeveritySchema = Type.Enum([...SEVERITIES], { description: `${wordList(SEVERITIES)}.` });

const Code = Type.String({ pattern: '^[A-Z][A-Z0-9_]*$' });

const Period = Type.Object({ start: Type.String({ format: 'date' }), end: Type.String({ format: 'date' }) });

/** Whether a list or a look is of episodes or of single alerts. */
const Each = Type.Enum([...ALERT_UNITS], {
  default: 'episode',
  description:
    'episode (the default): consecutive or overlapping alerts of one typology about one subject as one, its period their span, its severity the worst, its score the highest, its title the strongest alert’s; alert: each alert on its own, with its episode’s case.',
});

/** An alert as lists show it. */
export const AlertSummary = Type.Object({
  id: Type.String(),
  typology: Type.String(),
  typologyName: Bilingual,
  severity: SeveritySchema,
  score: Type.Number({ minimum: 0, maximum: 1 }),
  country: Nullable(Type.String()),
  period: Period,
  subjects: Type.Array(Type.String(), { description: 'Ids of the parties and rights the alert is about.' }),
  title: Bilingual,
  status: CaseStatusSchema,
  assignee: Nullable(Type.String({ description: 'Username of the user holding the case.' })),
  firstDetectedAt: Timestamp,
  lastDetectedAt: Timestamp,
  episode: Type.Object(
    {
      id: Type.String({ description: 'The episode’s id: its case is the one to triage.' }),
      alerts: Type.Integer({ minimum: 1, description: 'How many alerts the episode holds.' }),
    },
    { description: 'The episode this is, or that this alert belongs to.' },
  ),
});
export type AlertSummary = Static<typeof AlertSummary>;

/** One alert of an episode, as the episode lists them. */
export const EpisodeAlert = Type.Object({
  id: Type.String(),
  severity: SeveritySchema,
  score: Type.Number({ minimum: 0, maximum: 1 }),
  period: Period,
  title: Bilingual,
});
export type EpisodeAlert = Static<typeof EpisodeAlert>;

/** A stored record an alert rests on, and where it came from. */
export const EvidenceItem = Type.Object({
  table: Type.String({ description: 'Record table, e.g. mineral_transaction.' }),
  layout: Type.String({ description: 'National layout of the file, e.g. PE-COMPRAS.' }),
  file: Type.String({ description: 'Name of the file the record was read from.' }),
  row: Type.Integer({ description: 'Row of the record in that file (the header is row 1).' }),
  recordId: Type.String(),
  role: Type.String({ description: 'What the record contributed to the alert.' }),
  values: Type.Record(Type.String(), Type.Unknown()),
  origin: Type.Optional(
    Type.Object(
      {
        node: Type.String({ description: 'The node that shared the record, e.g. PE.' }),
        agreement: Type.String({ description: 'The agreement it was shared under, e.g. PE-HUB.' }),
        version: Type.Integer(),
        form: Type.Union([Type.Literal('full'), Type.Literal('fields'), Type.Literal('pseudonymised')], {
          description: 'The clause: the whole record, some fields, or pseudonymised.',
        }),
      },
      {
        description:
          'At a regional hub, for a record another node shared: who shared it and under which clause. The file and row are the node’s own, which it can look up.',
      },
    ),
  ),
});

/** A comment on a case. */
export const CaseComment = Type.Object({
  id: Type.Integer(),
  author: Type.String(),
  text: Type.String(),
  at: Timestamp,
});
export type CaseComment = Static<typeof CaseComment>;

/** A transition or an assignment of a case. */
export const CaseHistoryEntry = Type.Object({
  id: Type.Integer(),
  kind: Type.Enum(['transition', 'assignment']),
  from: Nullable(CaseStatusSchema),
  to: Nullable(CaseStatusSchema),
  reason: Nullable(Type.String()),
  assignee: Nullable(Type.String({ description: 'For an assignment: who holds the case now.' })),
  author: Type.String(),
  at: Timestamp,
});
export type CaseHistoryEntry = Static<typeof CaseHistoryEntry>;

/**
 * An episode (or an alert) with its explanation, figures and evidence (the strongest alert's, for an
 * episode), its case and its episode's alerts.
 */
export const AlertDetail = Type.Object({
  ...AlertSummary.properties,
  explanation: Bilingual,
  figures: Type.Record(Type.String(), Type.Union([Type.Number(), Type.String()])),
  evidence: Type.Array(EvidenceItem),
  detectorVersion: Type.String(),
  nextStatuses: Type.Array(CaseStatusSchema, {
    description: 'Statuses the caller may move the case to now (a dismissal also needs a reason).',
  }),
  comments: Type.Array(CaseComment),
  history: Type.Array(CaseHistoryEntry),
  nextStep: NextStep,
  episodeAlerts: Type.Array(EpisodeAlert, {
    description: 'The alerts of the episode, earliest first: its evidence month by month.',
  }),
});
export type AlertDetail = Static<typeof AlertDetail>;

/** A page of alerts. */
export const AlertPage = Page(AlertSummary, 'Alerts in the order asked for.');

/** The filters, order and page of GET /alerts. */
export const AlertQuery = Type.Object({
  status: Type.Optional(
    Type.Array(Type.Enum([...CASE_STATUSES, UNRESOLVED]), {
      description: `Case status. Repeat for several; "${UNRESOLVED}" stands for ${UNRESOLVED_STATUSES.join(', ')}.`,
    }),
  ),
  severity: Type.Optional(Type.Array(SeveritySchema, { description: 'Severity. Repeat for several.' })),
  typology: Type.Optional(
    Type.Array(Code, { description: 'Typology code, e.g. STRUCTURING. Repeat for several.' }),
  ),
  country: Type.Optional(
    Type.Array(CountryCode, { description: 'Country, ISO alpha-2. Repeat for several.' }),
  ),
  subject: Type.Optional(
    Type.String({ minLength: 1, description: 'A subject id, e.g. PE:RUC:20100000017.' }),
  ),
  assignee: Type.Optional(Type.String({ minLength: 1, description: 'Username holding the case.' })),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Words in the title.' })),
  each: Each,
  sort: Type.Enum([...ALERT_SORTS], {
    default: '-severity',
    description: 'score, period, severity (a leading - reverses), or detected (newest first).',
  }),
  ...PageQuery,
});

/** GET /alerts/:id: the episode of that id, or the alert alone. */
export const AlertDetailQuery = Type.Object({ each: Each });

/** The :id of an alert route. */
export const AlertParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

/** POST /alerts/:id/transition. */
export const TransitionBody = Type.Object(
  {
    to: CaseStatusSchema,
    reason: Type.Optional(Type.String({ maxLength: 2000, description: 'Required to dismiss.' })),
  },
  { additionalProperties: false },
);

/** POST /alerts/:id/assign: a username, or null to leave the case unassigned. */
export const AssignBody = Type.Object(
  { assignee: Nullable(Type.String({ minLength: 1, maxLength: 100 })) },
  { additionalProperties: false },
);

/** GET /alerts/:id/assignees: who the alert can be given to. */
export const Assignees = Type.Object({
  items: Type.Array(
    Type.Object({ username: Type.String(), displayName: Type.String(), role: Type.String() }),
  ),
});

/** POST /alerts/:id/comments. */
export const CommentBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 10000 }) },
  { additionalProperties: false },
);
