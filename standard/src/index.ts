/** The regional data standard's version, following semantic versioning. */
export const STANDARD_VERSION = '1.0.0';
