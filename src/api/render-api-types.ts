import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { fileURLToPath } from 'node:url';
import type { Database } from '../store/engine/database.js';
import { buildApp } from './app.js';
import type { OpenApiDocument } from './openapi-names.js';

/** Where the web app's API types are written: the only file of web/src/api/generated. */
export const API_TYPES_FILE = fileURLToPath(
  new URL('../../web/src/api/generated/openapi.ts', import.meta.url),
);

/**
 * The lists the web app shows as choices, taken from the enums the document publishes (a JSON
 * pointer each), so a severity, status or role added on the server reaches the web's menus.
 */
const LISTS: readonly { name: string; pointer: string; about: string }[] = [
  {
    name: 'SEVERITY_VALUES',
    pointer: '/components/schemas/AlertSummary/properties/severity',
    about: 'The severities of an alert, in the API’s order.',
  },
  {
    name: 'CASE_STATUS_VALUES',
    pointer: '/components/schemas/AlertSummary/properties/status',
    about: 'The case statuses of an alert, in the API’s order.',
  },
  {
    name: 'ROLE_VALUES',
    pointer: '/components/schemas/User/properties/role',
    about: 'The roles of a user, in the API’s order.',
  },
  {
    name: 'COUNTRY_VALUES',
    pointer: '/components/schemas/User/properties/countries/anyOf/0/items',
    about: 'The countries whose data Veta holds, in the API’s order.',
  },
];

const BANNER = `/**
 * The Veta API's types, generated from its OpenAPI document (/api/openapi.json) by
 * scripts/write-api-types.js: do not edit; run "npm run api-types" after changing a route's schema.
 */
`;

/** The OpenAPI document the app publishes, built in-process without a database (nothing is queried). */
export async function publishedDocument(): Promise<OpenApiDocument> {
  const app = await buildApp({ db: NO_DATABASE });
  try {
    return (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApiDocument>();
  } finally {
    await app.close();
  }
}

/** The text of web/src/api/generated/openapi.ts for a document, formatted as prettier would. */
export async function renderApiTypes(document: OpenApiDocument): Promise<string> {
  const ast = await openapiTS(Buffer.from(JSON.stringify(document)), {
    alphabetize: true,
    immutable: false,
    exportType: false,
  });
  const lists = LISTS.map(({ name, pointer, about }) => {
    const values = enumAt(document, pointer);
    return `/** ${about} */\nexport const ${name} = ${JSON.stringify(values)} as const;\n`;
  });
  const source = `${BANNER}\n${astToString(ast)}\n${lists.join('\n')}`;
  return format(source, { ...(await resolveConfig(API_TYPES_FILE)), filepath: API_TYPES_FILE });
}

/**
 * The names the schema at a JSON pointer of the document allows: its `enum`, or the constants of
 * its `anyOf`/`oneOf` (a TypeBox union of literals); throws when it is no such list.
 */
function enumAt(document: OpenApiDocument, pointer: string): string[] {
  let at: unknown = document;
  for (const key of pointer.split('/').slice(1))
    at = Array.isArray(at) ? (at as unknown[])[Number(key)] : isRecord(at) ? at[key] : undefined;
  const values = namesOf(at);
  if (values === undefined) throw new Error(`The OpenAPI document has no list of names at ${pointer}.`);
  return values;
}

function namesOf(schema: unknown): string[] | undefined {
  if (!isRecord(schema)) return undefined;
  if (typeof schema.const === 'string') return [schema.const];
  if (Array.isArray(schema.enum))
    return schema.enum.every((value) => typeof value === 'string') ? schema.enum : undefined;
  const choices = schema.anyOf ?? schema.oneOf;
  if (!Array.isArray(choices)) return undefined;
  const names = choices.map(namesOf);
  return names.every((name) => name !== undefined) ? names.flat() : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuse(): never {
  throw new Error('The API types are generated without a database: no route may be called.');
}

/** A database that refuses every use: building the app and reading its document query nothing. */
const NO_DATABASE: Database = {
  engine: 'pglite',
  location: 'none',
  query: refuse,
  exec: refuse,
  copyRows: refuse,
  copyText: refuse,
  transaction: refuse,
  close: () => Promise.resolve(),
};
