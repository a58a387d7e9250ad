// An absolute path (POSIX or Windows) not inside a word: "/tmp/veta-uploads/x/PE-DAM.csv" or
// "C:\data\PE-DAM.csv", but not a date like 2024/01/05 nor "rows/s".
const ABSOLUTE_PATH = /(?<![\w.\\/])(?:[A-Za-z]:)?(?:[\\/][^\\/\s'"`,;()]+)+[\\/]([^\\/\s'"`,;()]+)/g;

/** A message with every server path in it cut to the file's name: where files lie is not the API's to tell. */
export function withoutPaths(text: string): string {
  return text.replace(ABSOLUTE_PATH, '$1');
}

/**
 * An ingestion report as the API shows it: without the `path` of the file on the server, and its
 * message and error without paths (reports stored by earlier versions still hold a path).
 */
export function presentReport(report: unknown): unknown {
  if (typeof report !== 'object' || report === null) return report;
  return Object.fromEntries(
    Object.entries(report)
      .filter(([key]) => key !== 'path')
      .map(([key, value]) => [key, key === 'message' || key === 'error' ? redacted(value) : value]),
  );
}

function redacted(value: unknown): unknown {
  if (typeof value === 'string') return withoutPaths(value);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      typeof inner === 'string' ? withoutPaths(inner) : inner,
    ]),
  );
}
