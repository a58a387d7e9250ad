import { ALTERNATIVE_CHANNELS } from '@veta/standard';
import { SEVERITIES } from '../../core/severity.js';
import type { Catalogue, SeverityRule, ThresholdUnit, Typology } from './catalogue-schema.js';

// Rules the schema cannot express. Each problem names the entry and the mistake, so whoever edits
// typologies.yaml (or an override file) can fix it without reading code.

const INTEGER_UNITS: ReadonlySet<ThresholdUnit> = new Set(['count', 'days', 'months']);
const THRESHOLD_NAME = /^[a-z][A-Za-z0-9]*$/;

/** Why a value cannot be a threshold in this unit, or undefined when it can. */
export function thresholdValueProblem(unit: ThresholdUnit, value: number): string | undefined {
  if (!Number.isFinite(value)) return `${String(value)} is not a finite number`;
  // Every quantity the detectors compare is a size, a count or a ratio: none is negative.
  if (value < 0) return `${value} is negative`;
  if (unit === 'fraction' && value > 1) return `${value} is a fraction above 1`;
  if (INTEGER_UNITS.has(unit) && !Number.isInteger(value)) return `${value} ${unit} is not a whole number`;
  return undefined;
}

/** Every problem of a schema-valid catalogue that the schema cannot see, one sentence each. */
export function catalogueProblems(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const latest = catalogue.changes[0];
  if (latest?.version !== catalogue.version)
    problems.push(
      `changes: the first entry (the latest) is ${latest?.version ?? 'missing'}, but version is ${catalogue.version}`,
    );
  problems.push(
    ...duplicates(
      'pillars',
      catalogue.pillars.map((pillar) => pillar.code),
    ),
  );
  problems.push(
    ...duplicates(
      'typologies',
      catalogue.typologies.map((typology) => typology.code),
    ),
  );
  const pillars = new Set(catalogue.pillars.map((pillar) => pillar.code));
  for (const typology of catalogue.typologies) {
    const at = `typology ${typology.code}`;
    if (!pillars.has(typology.pillar))
      problems.push(
        `${at}: pillar ${typology.pillar} is not one of the pillars (${[...pillars].join(', ')})`,
      );
    problems.push(...thresholdProblems(typology).map((problem) => `${at}: ${problem}`));
    problems.push(...severityProblems(typology.severity).map((problem) => `${at}: severity ${problem}`));
    const drivers = typology.falsePositiveDrivers;
    if (drivers.es.length !== drivers.en.length)
      problems.push(
        `${at}: falsePositiveDrivers has ${drivers.es.length} in Spanish but ${drivers.en.length} in English; they are translations of each other`,
      );
  }
  for (const pillar of pillars)
    if (!catalogue.typologies.some((typology) => typology.pillar === pillar))
      problems.push(`pillar ${pillar}: no typology serves it`);
  problems.push(...channelProblems(catalogue));
  return problems;
}

// Every typology needs a channel: an alert with none would have no next step where illegal mining
// is not a predicate offence.
function channelProblems(catalogue: Catalogue): string[] {
  const codes = new Set(catalogue.typologies.map((typology) => typology.code));
  return [
    ...Object.keys(catalogue.channels)
      .filter((code) => !codes.has(code))
      .map((code) => `channels: ${code} is not a typology of the catalogue`),
    ...[...codes]
      .filter((code) => !Object.hasOwn(catalogue.channels, code))
      .map(
        (code) =>
          `channels: typology ${code} has none; list the channels (${ALTERNATIVE_CHANNELS.join(', ')}) its alerts go to where illegal mining is not a predicate offence`,
      ),
  ];
}

function duplicates(list: string, codes: readonly string[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const code of codes) {
    if (seen.has(code)) problems.push(`${list}: ${code} appears more than once`);
    seen.add(code);
  }
  return problems;
}

function thresholdProblems(typology: Typology): string[] {
  const problems: string[] = [];
  for (const [name, threshold] of Object.entries(typology.thresholds)) {
    if (!THRESHOLD_NAME.test(name)) problems.push(`threshold "${name}" is not a camelCase name`);
    const problem = thresholdValueProblem(threshold.unit, threshold.value);
    if (problem) problems.push(`threshold ${name}: ${problem}`);
  }
  return problems;
}

function severityProblems(severity: SeverityRule): string[] {
  const problems: string[] = [];
  for (const level of SEVERITIES) {
    const problem = thresholdValueProblem(severity.unit, severity.bands[level]);
    if (problem) problems.push(`band ${level}: ${problem}`);
  }
  // Each level starts further along the direction of "worse" than the one before it.
  for (let i = 1; i < SEVERITIES.length; i++) {
    const previous = SEVERITIES[i - 1] ?? 'low';
    const level = SEVERITIES[i] ?? 'critical';
    const [a, b] = [severity.bands[previous], severity.bands[level]];
    const ordered = severity.direction === 'higher' ? b > a : b < a;
    if (!ordered)
      problems.push(
        `bands: ${level} (${b}) must be ${severity.direction === 'higher' ? 'above' : 'below'} ${previous} (${a}) since ${severity.direction} ${severity.measure} is worse`,
      );
  }
  return problems;
}
