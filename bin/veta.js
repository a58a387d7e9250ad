#!/usr/bin/env -S node --max-old-space-size=1024
// The heap ceiling is what keeps an ingest under 512 MB: V8 lets a heap whose ceiling is 2 GB or
// more (its default on a machine with a few gigabytes) grow to four times what it holds before
// collecting, and reading a file makes garbage fast; under a 1 GB ceiling it collects sooner
// (PGlite, medium scenario: 616 MB without it, 430 MB with it, 3% slower). A region far larger
// than the medium scenario may need more: `node --max-old-space-size=4096 bin/veta.js ...`.
import { runCli } from '../dist/cli/main.js';

process.exitCode = await runCli(process.argv.slice(2));
