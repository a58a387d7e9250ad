import type { Queryable } from '../store/engine/database.js';
import type { AlertDraft } from './alert.js';
import type { SeverityRule } from './catalogue/catalogue-schema.js';

/** What a detector runs with: the thresholds in force and its typology's severity rule. */
export interface DetectorSettings {
  thresholds: Readonly<Record<string, number>>;
  severity: SeverityRule;
}

/** A detector of one typology: set-based SQL where the data lives, shaped into explained alerts. */
export interface Detector {
  code: string;
  version: string;
  /** Raises this typology's alerts from the stored records, under the settings in force. */
  run(db: Queryable, settings: DetectorSettings): Promise<AlertDraft[]>;
}
