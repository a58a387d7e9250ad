import type { Aggregation, DataSharingAgreement, RecordTypeName, SharedFields } from '@veta/standard';

/** Records of one type, whole or in part, as the clause in force let the node send them. */
export interface RecordsPayload {
  recordType: RecordTypeName;
  form: 'full' | 'fields' | 'pseudonymised';
  records: SharedFields[];
}

/**
 * A record type's monthly totals, which replace whatever totals of it the node sent before under
 * the same agreement; a `continued` part adds to the part before it in the same share.
 */
export interface AggregatePayload {
  recordType: RecordTypeName;
  aggregation: Aggregation;
  continued?: true;
}

/** The agreement itself: the receiver holds every version, and checks what arrives against it. */
export interface AgreementPayload {
  agreement: DataSharingAgreement;
  /**
   * The id of the linkage key the node's tokens and encodings are made under, when it holds one:
   * the hub takes tokens only under the key each node last announced, so a retired key's stop.
   */
  linkageKeyId?: string;
}
