import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { rulebookJsonSchema } from '../export.js';
import {
  builtinRulebook,
  parseRulebook,
  RULEBOOK_PATH,
  RulebookError,
  ruleInForce,
  rulebookThresholds,
  type Rulebook,
} from './rulebook.js';

/** The built-in rulebook's document, changed by `edit`, parsed again. */
function edited(edit: (document: Rulebook) => void): Rulebook {
  const document = parse(readFileSync(RULEBOOK_PATH, 'utf8')) as Rulebook;
  edit(document);
  return parseRulebook(document, 'an edited rulebook');
}

function refuses(edit: (document: Rulebook) => void, message: RegExp): void {
  assert.throws(
    () => edited(edit),
    (error: unknown) => error instanceof RulebookError && message.test(error.message),
  );
}

describe('the rulebook', () => {
  it('ships a rule for each of the four countries, each with its legal source and date', () => {
    const rulebook = builtinRulebook();
    assert.deepEqual(Object.keys(rulebook.rules).sort(), ['BO', 'CO', 'EC', 'PE']);
    for (const rules of Object.values(rulebook.rules))
      for (const rule of rules) assert.match(rule.source.date, /^\d{4}-\d{2}-\d{2}$/, rule.topic);
  });

  it('validates against its own JSON Schema in an independent validator', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const check = ajv.compile(rulebookJsonSchema());
    const document: unknown = parse(readFileSync(RULEBOOK_PATH, 'utf8'));
    assert.equal(check(document), true, ajv.errorsText(check.errors));
    assert.equal(check({ ...(document as object), extra: 1 }), false);
  });

  it('finds the rule in force on a day, and none before it was', () => {
    const rulebook = builtinRulebook();
    assert.equal(ruleInForce(rulebook, 'CO', 'SUBSISTENCE_MONTHLY_CAP', '2024-03-01')?.value, 35);
    assert.equal(ruleInForce(rulebook, 'CO', 'SUBSISTENCE_MONTHLY_CAP', '2016-03-01'), undefined);
    assert.equal(ruleInForce(rulebook, 'PE', 'SUBSISTENCE_MONTHLY_CAP', '2024-03-01'), undefined);
  });

  it("resolves a threshold bound to a rule to the rule's amount in force", () => {
    const thresholds = rulebookThresholds(builtinRulebook(), '2024-03-01');
    assert.deepEqual(thresholds.CO?.SUBSISTENCE_CAP_EXCEEDED, { monthlyCapGrams: 35, yearlyCapGrams: 420 });
    const lowered = edited((document) => {
      const cap = document.rules.CO?.find((rule) => rule.topic === 'SUBSISTENCE_MONTHLY_CAP');
      assert.ok(cap);
      cap.value = 30;
    });
    assert.equal(rulebookThresholds(lowered, '2024-03-01').CO?.SUBSISTENCE_CAP_EXCEEDED?.monthlyCapGrams, 30);
    assert.throws(
      () => rulebookThresholds(builtinRulebook(), '2016-03-01'),
      /CO\.SUBSISTENCE_CAP_EXCEEDED\.monthlyCapGrams takes the rule SUBSISTENCE_MONTHLY_CAP, and CO has no amount for it in force on 2016-03-01/,
    );
  });

  it('refuses a rule on an unknown topic, a value of the wrong kind and two rules in force at once', () => {
    refuses((document) => {
      const first = document.rules.PE?.[0];
      assert.ok(first);
      document.rules.PE?.push({ ...structuredClone(first), topic: 'ILEGAL_MINING' });
    }, /PE rule 5 \(ILEGAL_MINING\): no topic ILEGAL_MINING/);
    refuses((document) => {
      const rule = document.rules.CO?.find((candidate) => candidate.topic === 'SUBSISTENCE_MONTHLY_CAP');
      assert.ok(rule);
      rule.value = 'treinta y cinco';
    }, /CO rule \d \(SUBSISTENCE_MONTHLY_CAP\): the value must be a number, as the topic is amount/);
    refuses((document) => {
      const rule = document.rules.CO?.find((candidate) => candidate.topic === 'SUBSISTENCE_MONTHLY_CAP');
      assert.ok(rule);
      document.rules.CO?.push({ ...structuredClone(rule), value: 30, inForce: { from: '2020-01-01' } });
    }, /in force at the same time as another CO rule on SUBSISTENCE_MONTHLY_CAP/);
  });

  it('names the authority of each legal channel per country, each unverified until checked', () => {
    const authorities = builtinRulebook().authorities ?? {};
    assert.deepEqual(Object.keys(authorities).sort(), ['BO', 'CO', 'EC', 'PE']);
    assert.match(authorities.PE?.['money-laundering']?.name ?? '', /UIF-Perú/);
    assert.match(authorities.CO?.customs?.name ?? '', /DIAN/);
    for (const channels of Object.values(authorities))
      for (const authority of Object.values(channels))
        assert.equal(authority.verifiedOn, null, authority.name);
  });

  it('refuses a channel entry that is not a channel, has no name or does not say whether it was checked', () => {
    refuses((document) => {
      const peru = document.authorities?.PE;
      assert.ok(peru);
      Object.assign(peru, { police: { name: 'PNP', verifiedOn: null } });
    }, /\/authorities\/PE has unknown field police/);
    refuses((document) => {
      const colombia = document.authorities?.CO;
      assert.ok(colombia?.tax);
      Object.assign(colombia.tax, { name: '' });
    }, /\/authorities\/CO\/tax\/name must not have fewer than 1 characters/);
    refuses((document) => {
      const bolivia = document.authorities?.BO;
      assert.ok(bolivia);
      Object.assign(bolivia, { customs: { name: 'Aduana Nacional' } });
    }, /\/authorities\/BO\/customs must have required properties verifiedOn/);
  });

  it('refuses a yes-no topic stricter by an amount, an amount stricter by yes, and a threshold bound to a topic with no amount', () => {
    refuses((document) => {
      const topic = document.topics.find((candidate) => candidate.id === 'MERCURY_MINING_BAN');
      assert.ok(topic);
      topic.stricter = 'lower';
    }, /topic MERCURY_MINING_BAN is yes-no: the stricter value is yes, not a lower amount/);
    refuses((document) => {
      const topic = document.topics.find((candidate) => candidate.id === 'SUBSISTENCE_MONTHLY_CAP');
      assert.ok(topic);
      topic.stricter = 'yes';
    }, /topic SUBSISTENCE_MONTHLY_CAP is an amount: the stricter value is higher or lower, not yes/);
    refuses((document) => {
      const caps = document.thresholds?.CO?.SUBSISTENCE_CAP_EXCEEDED;
      assert.ok(caps);
      caps.monthlyCapGrams = { rule: 'MERCURY_MINING_BAN' };
    }, /threshold CO\.SUBSISTENCE_CAP_EXCEEDED\.monthlyCapGrams takes the rule MERCURY_MINING_BAN, a yes-no topic: a threshold needs an amount/);
    refuses((document) => {
      const caps = document.thresholds?.CO?.SUBSISTENCE_CAP_EXCEEDED;
      assert.ok(caps);
      caps.yearlyCapGrams = { rule: 'SUBSISTENCE_YEARLY_CAPP' };
    }, /threshold CO\.SUBSISTENCE_CAP_EXCEEDED\.yearlyCapGrams takes the rule SUBSISTENCE_YEARLY_CAPP, which is not a topic/);
  });
});
