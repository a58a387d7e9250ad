import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldForComparison } from './fold.js';

describe('foldForComparison', () => {
  it('folds accents, ñ, case and spacing only', () => {
    assert.equal(foldForComparison('  Pequeño   Productor '), 'PEQUENO PRODUCTOR');
    assert.equal(foldForComparison('Emiratos Árabes Unidos'), foldForComparison('EMIRATOS ARABES UNIDOS'));
    assert.notEqual(foldForComparison('S.A.C.'), foldForComparison('SAC'));
  });
});
