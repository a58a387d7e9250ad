import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileProfile } from '../mapping/compile-profile.js';
import { loadProfiles } from '../profiles/load-profiles.js';
import { fixturePath, mapFileWith } from '../profiles/testing/map-fixture.js';
import { DEFAULT_READ_LIMITS } from '../readers/read-limits.js';
import { draftProfile } from './draft-profile.js';
import { compareLoaded } from './testing/loaded-fields.js';

const profiles = loadProfiles();

describe("veta profiles draft on each layout's fixture, its own profile removed", () => {
  for (const hand of profiles) {
    const id = hand.profile.id;
    it(`${id}: the draft loads at least 95% of the fields the hand-written profile loads`, async () => {
      const path = await fixturePath(id, hand.profile.format.type);
      const others = profiles.filter((other) => other !== hand).map((other) => other.profile);
      const type = hand.profile.records[0]?.type;
      const draft = await draftProfile(path, { type, profiles: others, limits: DEFAULT_READ_LIMITS });
      const compiled = { ...compileProfile(draft.profile, 'draft'), source: 'draft', fileNamePattern: /./ };
      const byHand = await mapFileWith(hand, path, id);
      const byDraft = await mapFileWith(compiled, path, id);
      const agreement = compareLoaded(byHand.recordsByRow, byDraft.recordsByRow);
      const share = agreement.found / agreement.expected;
      console.log(
        `${id}: ${agreement.found}/${agreement.expected} = ${share.toFixed(3)} ${agreement.missed.join(' | ')}`,
      );
      assert.ok(share >= 0.95, `${id}: ${share.toFixed(3)}`);
    });
  }
});
