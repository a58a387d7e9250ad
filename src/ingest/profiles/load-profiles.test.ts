import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isVetaError } from '../../core/veta-error.js';
import { findProfile, loadProfiles } from './load-profiles.js';

const MINIMAL = `
id: XX-TEST
title: A test layout
country: PE
format: { type: csv, delimiter: ';' }
fileName: '^XX-TEST'
required: [CODIGO]
records:
  - type: MiningRight
    id: { use: identifier, column: CODIGO, scheme: MR }
    fields:
      code: { use: text, column: CODIGO }
`;

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'veta-profiles-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('loadProfiles', () => {
  it('adds an agency profile dropped in VETA_PROFILES_DIR, and lets it replace a built-in one', () => {
    const builtIn = findProfile(loadProfiles(), 'PE-COMPRAS');
    const override = MINIMAL.replace('XX-TEST', 'PE-COMPRAS').replace("'^XX-TEST'", "'^PE-COMPRAS'");
    const dir = folderWith({ 'xx-test.yaml': MINIMAL, 'pe-compras.yaml': override });
    const profiles = loadProfiles(dir);
    assert.equal(findProfile(profiles, 'xx-test').profile.title, 'A test layout');
    assert.equal(findProfile(profiles, 'PE-COMPRAS').source, join(dir, 'pe-compras.yaml'));
    assert.notEqual(builtIn.source, join(dir, 'pe-compras.yaml'));
  });

  it('reads a coded column through the standard crosswalk its profile names, and refuses one the standard lacks', () => {
    const named = MINIMAL.replace(
      'required: [CODIGO]',
      'required: [CODIGO]\ncrosswalks: { SUSTANCIA: substance }',
    );
    assert.deepEqual(
      findProfile(loadProfiles(folderWith({ 'n.yaml': named })), 'XX-TEST').profile.crosswalks,
      {
        SUSTANCIA: 'substance',
      },
    );
    const unknown = named.replace('substance }', 'sustancias }');
    assert.throws(
      () => loadProfiles(folderWith({ 'x.yaml': unknown })),
      /x\.yaml has mistakes: crosswalks names sustancias for SUSTANCIA, which the standard does not have \(it has .*substance/,
    );
  });

  it('stops on a profile with mistakes, naming the file and every mistake', () => {
    const broken = MINIMAL.replace('type: MiningRight', 'type: Mine').replace('use: text', 'use: texto');
    const dir = folderWith({ 'broken.yaml': broken });
    assert.throws(
      () => loadProfiles(dir),
      (error: unknown) =>
        isVetaError(error, 'PROFILE_INVALID') &&
        error.message.includes('broken.yaml') &&
        error.message.includes('"Mine" is not a record type'),
    );
    const badPattern = folderWith({ 'p.yaml': MINIMAL.replace("'^XX-TEST'", "'^(XX-TEST'") });
    assert.throws(
      () => loadProfiles(badPattern),
      /p\.yaml has mistakes: fileName is not a valid regular expression/,
    );
    const badUnit = folderWith({
      'u.yaml': MINIMAL.replace(
        'code: { use: text, column: CODIGO }',
        'areaHa: { use: quantity, column: CODIGO, unit: g, to: kgs }',
      ),
    });
    assert.throws(() => loadProfiles(badUnit), /u\.yaml has mistakes: .*\/to/);
    const unknownField = folderWith({ 'x.yaml': MINIMAL.replace('code: {', 'codigo: {') });
    assert.throws(() => loadProfiles(unknownField), /MiningRight has no field "codigo"/);
  });

  it('says how to list profiles when an id is unknown', () => {
    assert.throws(() => findProfile(loadProfiles(), 'PE-NOPE'), /No profile "PE-NOPE"; run "veta profiles"/);
  });
});
