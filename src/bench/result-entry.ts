/** One benchmark figure: a number, its unit, and which way is an improvement. */
export interface Figure {
  value: number;
  unit: string;
  higherIsBetter: boolean;
}

/**
 * The machine a run was measured on. Figures are compared only between runs whose facts are all
 * equal: absolute speed moves with the cores, memory, CPU, Node and PostgreSQL server.
 */
export interface MachineFacts {
  cores: number;
  memoryGiB: number;
  cpu: string;
  node: string;
  /** `SHOW server_version` of the PostgreSQL server the benchmark used; null when it used none. */
  postgres: string | null;
}

/** The commit a run measured; null when git could not tell (figures are kept all the same). */
export interface CommitFacts {
  sha: string | null;
  /** Whether tracked or new files differed from the commit (the results file itself aside). */
  dirty: boolean | null;
}

/** One line of bench/results.jsonl. */
export interface ResultEntry {
  benchmark: string;
  /**
   * What the run was asked to measure (scale, record count, clients ...): a 10k-record run is not
   * compared with a 1M-record one.
   */
  parameters: Record<string, string | number | boolean>;
  figures: Record<string, Figure>;
  commit: CommitFacts;
  date: string;
  machine: MachineFacts;
  /** Only on a bench:compare run at REF: the commit (`+changes` if dirty) of the scripts that ran. */
  harness?: string;
}
