import { formatDuration } from '../../core/duration.js';

/** What loading one file did: printed, stored with its batch, and given as --json. */
export interface FileReport {
  file: string;
  path: string;
  layout: string | null;
  sha256: string | null;
  status: 'loaded' | 'skipped' | 'failed' | 'dry-run';
  batchId: number | null;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  rowsFlagged: number;
  rejectedByCode: Record<string, number>;
  flagsByCode: Record<string, number>;
  recordsByType: Record<string, number>;
  recordsReplaced: number;
  durationMs: number;
  rowsPerSecond: number;
  message: string | null;
  error: { code: string; message: string } | null;
}

/** A report with nothing read yet. */
export function emptyReport(path: string, file: string): FileReport {
  return {
    file,
    path,
    layout: null,
    sha256: null,
    status: 'failed',
    batchId: null,
    rowsRead: 0,
    rowsAccepted: 0,
    rowsRejected: 0,
    rowsFlagged: 0,
    rejectedByCode: {},
    flagsByCode: {},
    recordsByType: {},
    recordsReplaced: 0,
    durationMs: 0,
    rowsPerSecond: 0,
    message: null,
    error: null,
  };
}

/** The report as a person reads it: one summary line, then the reasons and the records. */
export function describeReport(report: FileReport): string {
  const head = `${report.file}${report.layout ? ` (${report.layout})` : ''}`;
  if (report.status === 'skipped') return `${head}: ${report.message ?? 'skipped'}`;
  if (report.status === 'failed' && report.rowsRead === 0)
    return `${head}: failed. ${report.error?.message ?? ''}`;
  const n = (value: number): string => value.toLocaleString('en');
  const lines = [
    `${head}: ${report.status === 'dry-run' ? 'dry run, nothing stored; ' : ''}${n(report.rowsRead)} rows read, ${n(report.rowsAccepted)} accepted, ${n(report.rowsRejected)} rejected, ${n(report.rowsFlagged)} flagged in ${formatDuration(report.durationMs / 1000)} (${n(report.rowsPerSecond)} rows/s)`,
  ];
  if (report.rowsRejected > 0) lines.push(`  rejected: ${counts(report.rejectedByCode)}`);
  if (report.rowsFlagged > 0) lines.push(`  flags: ${counts(report.flagsByCode)}`);
  const replaced =
    report.recordsReplaced > 0 ? ` (${n(report.recordsReplaced)} replaced an earlier version)` : '';
  if (Object.keys(report.recordsByType).length > 0)
    lines.push(`  records: ${counts(report.recordsByType)}${replaced}`);
  if (report.status === 'failed') lines.push(`  failed: ${report.error?.message ?? ''}`);
  return lines.join('\n');
}

function counts(byKey: Record<string, number>): string {
  return Object.entries(byKey)
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => `${key} ${count.toLocaleString('en')}`)
    .join(', ');
}
