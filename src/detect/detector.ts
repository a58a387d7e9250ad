import type { RuleFlow, Rulebook } from '@veta/standard';
import type { Queryable } from '../store/engine/database.js';
import type { AlertDraft } from './alert.js';
import type { SeverityRule } from './catalogue/catalogue-schema.js';

/**
 * What a detector runs with: the thresholds in force, each it reads by name, its severity rule,
 * and the region's rulebook, for the typologies that weigh one country's law against another's.
 */
export interface DetectorSettings<Name extends string = string> {
  thresholds: Readonly<Record<Name, number>>;
  severity: SeverityRule;
  rulebook: Rulebook;
}

/** A detector of one typology: set-based SQL where the data lives, shaped into explained alerts. */
export interface Detector<Name extends string = string> {
  code: string;
  /**
   * The thresholds it reads: its typology's entry in the catalogue gives exactly these, or
   * detection refuses to start (detector-settings.ts), so a detector never falls back on a value
   * of its own.
   */
  thresholds: readonly Name[];
  /**
   * Semantic version of the logic: bumped whenever a change to its code, SQL or default thresholds can
   * alter its alerts (fingerprint/detector-versions.test.ts fails until it is, or until a change that
   * alters none is recorded by "npm run detector-fingerprints").
   */
  version: string;
  /**
   * For a typology that weighs the countries' rules against each other (settings.rulebook), the
   * flows whose rules it weighs: its alerts change with any rule on them, so "what if" views of
   * the rulebook run it for those topics.
   */
  weighsRules?: readonly RuleFlow[];
  /** Raises this typology's alerts from the stored records, under the settings in force. */
  run(db: Queryable, settings: DetectorSettings<Name>): Promise<AlertDraft[]>;
}
