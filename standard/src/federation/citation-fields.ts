// A record shared by some of its fields must still be citable: an alert raised at the hub names
// the record and the file and row it came from, and the sending node, asked for the evidence,
// finds the file by its SHA-256 (a node's files are unique by it) and the row in it. So a `fields`
// share keeps the record's type and id and these three provenance keys, and nothing else unnamed:
// - provenance.raw is the whole source row, every column, those the clause withholds too;
// - provenance.sourceFile.name is a name an agency chose (sometimes a person's, as in
//   "denuncia_<name>.xlsx") and the hash already finds the file;
// - provenance.batchId is the node's own bookkeeping, meaningless at the hub;
// - flags can quote withheld values in their messages.
// provenance.layout stays: it says which agency's file it is and how its rows are counted.

/** The fields every `fields` share carries besides those the clause names. */
export const CITATION_FIELDS: readonly string[] = [
  'recordType',
  'id',
  'provenance.sourceFile.sha256',
  'provenance.layout',
  'provenance.row',
];
