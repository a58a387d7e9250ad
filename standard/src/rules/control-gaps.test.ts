import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { controlGaps } from './control-gaps.js';
import { builtinRulebook, parseRulebook, type Rule, type Rulebook } from './rulebook.js';

const source = { instrument: 'Ley de prueba', date: '2020-01-01' };

function rule(topic: string, value: Rule['value'], from = '2020-01-01', to?: string): Rule {
  return { topic, value, inForce: { from, ...(to ? { to } : {}) }, source, verifiedOn: null };
}

/** A rulebook of three topics (a yes-no, a cap, a register) and the rules given. */
function rulebookWith(rules: Rulebook['rules']): Rulebook {
  const name = { es: 'Tema', en: 'Topic' };
  return parseRulebook(
    {
      version: '1.0.0',
      topics: [
        { id: 'OFFENCE', name, value: 'yes-no', stricter: 'yes', flows: ['gold'] },
        { id: 'CAP', name, value: 'amount', unit: 'g/month', stricter: 'lower', flows: ['gold'] },
        { id: 'REGISTER', name, value: 'text', stricter: null, flows: ['gold'] },
        { id: 'MERCURY', name, value: 'yes-no', stricter: 'yes', flows: ['inputs'] },
      ],
      rules,
    },
    'a test rulebook',
  );
}

const topics = (gaps: ReturnType<typeof controlGaps>): string[] => gaps.map((gap) => gap.topic.id);

describe('control gaps between two countries', () => {
  it('names a control the destination applies more loosely or not at all, one way only', () => {
    const rulebook = rulebookWith({
      PE: [rule('OFFENCE', true), rule('CAP', 35), rule('REGISTER', 'REINFO'), rule('MERCURY', true)],
      BO: [rule('OFFENCE', false), rule('CAP', 50)],
    });
    assert.deepEqual(topics(controlGaps(rulebook, 'PE', 'BO', '2023-01-01', 'gold')), [
      'OFFENCE',
      'CAP',
      'REGISTER',
    ]);
    assert.deepEqual(topics(controlGaps(rulebook, 'BO', 'PE', '2023-01-01', 'gold')), []);
    assert.deepEqual(topics(controlGaps(rulebook, 'PE', 'BO', '2023-01-01', 'inputs')), ['MERCURY']);
  });

  it('finds no gap where both hold the same control, and does not rank two registers', () => {
    const rulebook = rulebookWith({
      PE: [rule('OFFENCE', true), rule('CAP', 35), rule('REGISTER', 'REINFO')],
      CO: [rule('OFFENCE', true), rule('CAP', 30), rule('REGISTER', 'RUCOM')],
    });
    assert.deepEqual(topics(controlGaps(rulebook, 'PE', 'CO', '2023-01-01', 'gold')), []);
    assert.deepEqual(topics(controlGaps(rulebook, 'CO', 'PE', '2023-01-01', 'gold')), ['CAP']);
  });

  it('takes the rules in force on the day: no gap before a control starts or after it lapses', () => {
    const rulebook = rulebookWith({ PE: [rule('OFFENCE', true, '2023-06-01', '2024-05-31')] });
    assert.equal(controlGaps(rulebook, 'PE', 'BO', '2023-05-31', 'gold').length, 0);
    const [gap] = controlGaps(rulebook, 'PE', 'BO', '2023-06-01', 'gold');
    assert.equal(gap?.stricter.inForce.from, '2023-06-01');
    assert.equal(gap?.looser, null);
    assert.equal(controlGaps(rulebook, 'PE', 'BO', '2024-06-01', 'gold').length, 0);
  });

  it('reads the built-in rulebook: Peru controls gold that Bolivia records no rule for', () => {
    const gaps = controlGaps(builtinRulebook(), 'PE', 'BO', '2023-01-01', 'gold');
    assert.ok(topics(gaps).includes('ML_PREDICATE_OFFENCE'));
    assert.ok(gaps.every((gap) => gap.looser === null));
  });
});
