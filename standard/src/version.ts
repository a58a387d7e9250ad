/** The regional data standard's version, following semantic versioning. */
export const STANDARD_VERSION = '1.0.0';

/** Base of every schema `$id`: a URN, so that no web address is implied before one is published. */
export const SCHEMA_ID_BASE = `urn:veta:standard:${STANDARD_VERSION}:`;

/** The JSON Schema dialect every exported schema declares. */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
