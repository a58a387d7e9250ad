import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtinRulebook, type Rulebook } from '@veta/standard';
import { compareRules } from './compare-rules.js';
import { renderComparison } from './render-comparison.js';

function topicOf(rulebook: Rulebook, id: string, day = '2024-03-01') {
  const found = compareRules(rulebook, day).find((comparison) => comparison.topic.id === id);
  assert.ok(found, id);
  return found;
}

describe('compareRules', () => {
  it('shows every country on every topic, with its rule and source or none', () => {
    const topics = compareRules(builtinRulebook(), '2024-03-01');
    assert.equal(topics.length, builtinRulebook().topics.length);
    for (const comparison of topics)
      assert.deepEqual(Object.keys(comparison.countries), ['PE', 'CO', 'EC', 'BO']);
    const mercury = topicOf(builtinRulebook(), 'MERCURY_MINING_BAN');
    assert.equal(mercury.countries.CO?.value, true);
    assert.equal(mercury.countries.CO?.source.instrument, 'Ley 1658 de 2013');
    assert.equal(mercury.countries.EC, null);
  });

  it('names the strictest rule and the grey zone beside it: looser rules and countries with none', () => {
    const mercury = topicOf(builtinRulebook(), 'MERCURY_MINING_BAN');
    assert.equal(mercury.differs, true);
    assert.deepEqual(mercury.strictest, { value: true, countries: ['CO'] });
    assert.match(
      mercury.greyZone?.en ?? '',
      /^CO: mercury is banned in mining; PE, BO with a looser rule; EC with no rule recorded$/,
    );
    assert.match(mercury.greyZone?.es ?? '', /PE, BO con una regla más laxa; EC sin regla registrada/);
  });

  it('takes the lower cap as the stricter, and sees no grey zone where all hold the same', () => {
    const rulebook = structuredClone(builtinRulebook());
    const cap = rulebook.rules.CO?.find((rule) => rule.topic === 'SUBSISTENCE_MONTHLY_CAP');
    assert.ok(cap);
    for (const country of ['PE', 'EC', 'BO']) rulebook.rules[country]?.push({ ...cap, value: 50 });
    const monthly = topicOf(rulebook, 'SUBSISTENCE_MONTHLY_CAP');
    assert.deepEqual(monthly.strictest, { value: 35, countries: ['CO'] });
    assert.match(monthly.greyZone?.en ?? '', /PE, EC, BO with a looser rule/);
    for (const country of ['PE', 'EC', 'BO']) {
      const rule = rulebook.rules[country]?.find(
        (candidate) => candidate.topic === 'SUBSISTENCE_MONTHLY_CAP',
      );
      assert.ok(rule);
      rule.value = 35;
    }
    const same = topicOf(rulebook, 'SUBSISTENCE_MONTHLY_CAP');
    assert.equal(same.differs, false);
    assert.equal(same.greyZone, null);
  });

  it('compares the rules in force on the day asked', () => {
    assert.equal(topicOf(builtinRulebook(), 'MERCURY_MINING_BAN', '2017-01-01').countries.CO, null);
  });

  it('renders each topic with its countries, sources and whether each rule was verified', () => {
    const text = renderComparison(compareRules(builtinRulebook(), '2024-03-01'), '2024-03-01');
    assert.match(
      text,
      /Mercury is banned in mining \/ El mercurio está prohibido en la minería \[grey zone\]/,
    );
    assert.match(text, /\n {2}CO {2}yes {2}\(Ley 1658 de 2013, art\. 3, 2013-07-15\) — not verified\n/);
    assert.match(text, /\n {2}EC {2}no rule recorded\n/);
  });
});
