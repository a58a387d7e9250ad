#!/usr/bin/env node
// npm run bench:compare -- [--again] REF BENCH [bench args...]: runs bench/BENCH.js at REF (a
// temporary worktree, installed and built there) and in the working tree back to back, and prints
// each figure's ratio here/REF. See docs/benchmarks.md.
import { compareAtRef } from '../dist/bench/compare-at-ref.js';

try {
  await compareAtRef(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
