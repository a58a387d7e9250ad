/**
 * Every stable error code Veta reports. Codes never change meaning once released: scripts and the
 * API match on them. `usage` marks errors caused by how the command was called (exit code 2).
 */
export const ERROR_CODES = {
  USAGE: { usage: true, summary: 'The command was called with missing or invalid arguments.' },
  CONFIRMATION_REQUIRED: { usage: true, summary: 'A destructive command was called without --yes.' },
  DB_URL_INVALID: { usage: true, summary: 'The database address is not a postgres:// or file: URL.' },
  DB_UNREACHABLE: { usage: false, summary: 'The PostgreSQL server could not be reached.' },
  DB_QUERY_FAILED: { usage: false, summary: 'The database rejected a statement.' },
  DATA_DIR_LOCKED: { usage: false, summary: 'Another Veta process is using the embedded database.' },
  DATA_DIR_UNUSABLE: { usage: false, summary: 'The embedded database directory cannot be opened.' },
  MIGRATION_FAILED: { usage: false, summary: 'A migration failed and was rolled back.' },
  MIGRATION_CHANGED: { usage: false, summary: 'An applied migration file was edited after it ran.' },
  MIGRATION_UNKNOWN: { usage: false, summary: 'The database has migrations this version of Veta lacks.' },
  MIGRATIONS_UNREADABLE: { usage: false, summary: 'The migration files could not be read.' },
  FILE_UNREADABLE: { usage: false, summary: 'A source file could not be opened or read.' },
  FILE_EMPTY: { usage: false, summary: 'A source file has no header row.' },
  FILE_NOT_TEXT: { usage: false, summary: 'A file expected to be text holds binary data.' },
  ENCODING_MISMATCH: { usage: false, summary: 'A file is in another encoding than its layout says.' },
  SEPARATOR_MISMATCH: {
    usage: false,
    summary: 'A CSV file is separated by another character than its layout says.',
  },
  HEADER_INVALID: { usage: false, summary: 'A header row has a blank or repeated column name.' },
  COLUMN_MISSING: { usage: false, summary: 'A source file lacks a column its layout requires.' },
  SHEET_MISSING: { usage: false, summary: 'A workbook lacks the sheet its layout names.' },
  PROFILE_INVALID: { usage: false, summary: 'A mapping profile file has mistakes.' },
  PROFILE_NOT_FOUND: { usage: true, summary: 'No mapping profile has the id given.' },
  CATALOGUE_INVALID: {
    usage: false,
    summary: 'The typology catalogue, or the thresholds a country sets, has mistakes.',
  },
  RULEBOOK_INVALID: { usage: false, summary: 'A rulebook has mistakes.' },
  RISK_WEIGHTS_INVALID: { usage: false, summary: 'A risk weights file has mistakes.' },
  LAYOUT_UNRECOGNISED: { usage: false, summary: 'No profile recognises a file by its name and header.' },
  INGEST_FAILED: { usage: false, summary: 'One or more files could not be loaded.' },
  PATH_NOT_FOUND: { usage: true, summary: 'A file or folder given on the command line does not exist.' },
  TRUTH_INVALID: { usage: false, summary: 'A truth file is not the ground truth veta simulate writes.' },
  OUTPUT_UNWRITABLE: { usage: false, summary: 'An output file or folder could not be written.' },
  NOT_FOUND: {
    usage: false,
    summary: 'The alert, entity or other item asked for does not exist or is out of scope.',
  },
  UNAUTHENTICATED: { usage: false, summary: 'The request has no valid session or API token.' },
  FORBIDDEN: { usage: false, summary: "The user's role does not allow this action." },
  CONFLICT: { usage: false, summary: "The change conflicts with the item's current state." },
  LISTEN_FAILED: { usage: false, summary: 'The server could not listen on the address and port given.' },
  AUDIT_TAMPERED: { usage: false, summary: 'The audit trail was changed: an entry fails its hash chain.' },
  RATE_LIMITED: { usage: false, summary: 'Too many attempts in a short time; wait and try again.' },
  READ_LIMIT: {
    usage: false,
    summary: 'A file holds more than a reading limit allows (size, columns, vertices).',
  },
  LAYOUT_OUT_OF_SCOPE: { usage: false, summary: "A file's layout is data outside the user's scope." },
  UPLOAD_TOO_LARGE: { usage: false, summary: 'An uploaded file is larger than the server accepts.' },
  RIGHT_CHECKS_FAILED: { usage: false, summary: 'A file loaded; the rights boundary checks failed.' },
  DESCRIPTOR_INVALID: { usage: false, summary: 'A node descriptor or identity is malformed or altered.' },
  NODE_NOT_INITIALISED: { usage: false, summary: 'No node identity exists yet in the node folder.' },
  KEY_EXPOSED: { usage: false, summary: "A node's private key file can be read by other users." },
  ENVELOPE_REFUSED: {
    usage: false,
    summary:
      'A message from another node was refused: unsigned, untrusted, altered, misdirected or replayed.',
  },
  BROKER_UNREACHABLE: { usage: false, summary: 'The NATS server for the federation could not be reached.' },
  NODE_UNAVAILABLE: {
    usage: false,
    summary: 'A node asked a question did not answer: offline, or not answering.',
  },
  AGREEMENT_INVALID: {
    usage: false,
    summary: "A data-sharing agreement has mistakes, or is not this node's to apply.",
  },
  REVEAL_INVALID: {
    usage: false,
    summary:
      'A request to reveal a pseudonymised person lacks a reason, a listed purpose or an alert naming them.',
  },
  INTERNAL: { usage: false, summary: 'A bug in Veta: please report it with the log.' },
} as const satisfies Record<string, { usage: boolean; summary: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;
