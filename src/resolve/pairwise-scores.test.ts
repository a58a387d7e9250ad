import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pairwiseScores } from './pairwise-scores.js';

void describe('pairwiseScores', () => {
  // Four records of one person (two in Peru, two in Colombia) and a Colombian stranger the
  // resolver put with them.
  const truth = ['p', 'p', 'p', 'p', 's'];
  const predicted = ['e', 'e', 'e', 'f', 'e'];
  const country = ['PE', 'PE', 'CO', 'CO', 'CO'];

  it('counts every pair of records', () => {
    const scores = pairwiseScores(predicted, truth);
    assert.deepEqual([scores.truePairs, scores.predictedPairs, scores.correctPairs], [6, 6, 3]);
  });

  it('counts only pairs across two labels when asked: the linkage across borders', () => {
    const scores = pairwiseScores(predicted, truth, country);
    // True PE-CO pairs: 2 x 2; predicted in e: PE-CO 2 x 2 (two with the stranger); correct: 2.
    assert.deepEqual([scores.truePairs, scores.predictedPairs, scores.correctPairs], [4, 4, 2]);
    assert.equal(scores.precision, 0.5);
    assert.equal(scores.recall, 0.5);
  });
});
