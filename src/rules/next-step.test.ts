import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { builtinRulebook, loadRulebook, RULEBOOK_PATH, type Rulebook } from '@veta/standard';
import { parse, stringify } from 'yaml';
import { builtinCatalogue } from '../detect/catalogue/catalogue.js';
import { nextStep, type CountryNextStep, type RoutedAlert } from './next-step.js';

const YEAR_2024 = { start: '2024-01-01', end: '2024-12-31' };

function stepOf(alert: RoutedAlert, rulebook: Rulebook = builtinRulebook()): CountryNextStep {
  const [step, ...others] = nextStep(alert, rulebook, builtinCatalogue()).steps;
  assert.ok(step);
  assert.equal(others.length, 0, 'an alert with a country has one step');
  return step;
}

const channelsOf = (step: CountryNextStep) => step.referrals.map((referral) => referral.channel);

const directory = mkdtempSync(join(tmpdir(), 'veta-next-step-'));
after(() => rmSync(directory, { recursive: true, force: true }));

/** The standard's rulebook with Colombia's predicate-offence rule added, written and read as a draft file. */
function draftWithColombiaRule(value: boolean, from: string): Rulebook {
  const document = parse(readFileSync(RULEBOOK_PATH, 'utf8')) as Rulebook;
  document.rules.CO?.push({
    topic: 'ML_PREDICATE_OFFENCE',
    value,
    inForce: { from },
    source: { instrument: 'Ley de prueba', article: 'art. 1', date: from },
    verifiedOn: null,
  });
  const file = join(directory, `draft-${String(value)}-${from}.yaml`);
  writeFileSync(file, stringify(document));
  return loadRulebook(file);
}

describe('nextStep', () => {
  it('refers a Peruvian alert to the money-laundering channel, citing the rule and that it is unverified', () => {
    const step = stepOf({ typology: 'UNDER_VALUATION', country: 'PE', period: YEAR_2024 });
    assert.equal(step.basis, 'predicate-offence');
    assert.deepEqual(channelsOf(step), ['money-laundering']);
    assert.match(step.referrals[0]?.authority?.name ?? '', /UIF-Perú/);
    assert.equal(step.rule?.source.instrument, 'Decreto Legislativo 1106');
    assert.match(step.text.es, /vía de lavado de activos – UIF-Perú/);
    assert.match(step.text.es, /Decreto Legislativo 1106, art\. 10, 2012-04-18; sin verificar/);
    assert.match(step.text.en, /money-laundering channel – UIF-Perú.*not verified/);
  });

  it("refers a Peruvian alert from before the rule was in force to its typology's channels", () => {
    const step = stepOf({
      typology: 'UNDER_VALUATION',
      country: 'PE',
      period: { start: '2011-01-01', end: '2011-12-31' },
    });
    assert.equal(step.basis, 'no-rule');
    assert.deepEqual(channelsOf(step), builtinCatalogue().channels.UNDER_VALUATION);
  });

  it("refers Colombian, Ecuadorian and Bolivian alerts to the typology's channels, saying no rule is recorded", () => {
    const catalogue = builtinCatalogue();
    for (const country of ['CO', 'EC', 'BO']) {
      for (const typology of ['UNDER_VALUATION', 'ILLEGAL_MINING_SITE', 'STRUCTURING']) {
        const step = stepOf({ typology, country, period: YEAR_2024 });
        assert.equal(step.basis, 'no-rule', `${country} ${typology}`);
        assert.equal(step.rule, null);
        assert.deepEqual(channelsOf(step), catalogue.channels[typology], `${country} ${typology}`);
        assert.ok(!channelsOf(step).includes('money-laundering'));
        assert.match(step.text.es, new RegExp(`No hay regla registrada sobre .* en ${country}`));
        assert.match(step.text.en, new RegExp(`No rule is recorded on .* in ${country}`));
      }
    }
    const colombia = stepOf({ typology: 'UNDER_VALUATION', country: 'CO', period: YEAR_2024 });
    assert.match(colombia.text.es, /^CO: remitir por la vía aduanera – DIAN .* y la vía tributaria – DIAN/);
    // Ecuador's mining authority is not recorded: the referral says so rather than name one.
    const ecuador = stepOf({ typology: 'ILLEGAL_MINING_SITE', country: 'EC', period: YEAR_2024 });
    assert.equal(ecuador.referrals.find((referral) => referral.channel === 'mining')?.authority, null);
    assert.match(ecuador.text.es, /la vía minera – sin autoridad registrada/);
    assert.match(ecuador.text.en, /the mining channel – no authority recorded/);
  });

  it("follows a draft rulebook: a Colombian predicate-offence rule sends Colombia's alerts in its period to the UIAF", () => {
    const alert = { typology: 'UNDER_VALUATION', country: 'CO', period: YEAR_2024 };
    const draft = draftWithColombiaRule(true, '2020-01-01');
    const step = stepOf(alert, draft);
    assert.equal(step.basis, 'predicate-offence');
    assert.deepEqual(channelsOf(step), ['money-laundering']);
    assert.match(step.text.es, /UIAF.*Ley de prueba, art\. 1, 2020-01-01; sin verificar/);
    // Before the draft rule, and in the other countries, nothing changes.
    const before = stepOf({ ...alert, period: { start: '2019-01-01', end: '2019-12-31' } }, draft);
    assert.deepEqual(channelsOf(before), ['customs', 'tax']);
    assert.equal(stepOf({ ...alert, country: 'EC' }, draft).basis, 'no-rule');
    // A rule that came into force during the period is enough, and is said to have.
    const during = stepOf({ ...alert, period: { start: '2019-06-01', end: '2020-06-30' } }, draft);
    assert.equal(during.basis, 'predicate-offence');
    assert.match(during.text.en, /in force from 2020-01-01, within the period/);
  });

  it('says when the rule in force says illegal mining is not a predicate offence', () => {
    const draft = draftWithColombiaRule(false, '2020-01-01');
    const step = stepOf({ typology: 'STRUCTURING', country: 'CO', period: YEAR_2024 }, draft);
    assert.equal(step.basis, 'not-a-predicate-offence');
    assert.equal(step.rule?.value, false);
    assert.deepEqual(channelsOf(step), ['tax']);
    assert.match(step.text.es, /no por la de lavado de activos\. Regla: .*: no \(Ley de prueba/);
  });

  it('gives an alert without a country one step per country of the region', () => {
    const next = nextStep(
      { typology: 'CROSS_BORDER_CONTROL', country: null, period: YEAR_2024 },
      builtinRulebook(),
      builtinCatalogue(),
    );
    assert.equal(next.regional, true);
    assert.equal(next.rulebookVersion, builtinRulebook().version);
    assert.deepEqual(
      next.steps.map((step) => [step.country, step.basis]),
      [
        ['PE', 'predicate-offence'],
        ['CO', 'no-rule'],
        ['EC', 'no-rule'],
        ['BO', 'no-rule'],
      ],
    );
  });

  it('says so rather than guess where the catalogue has no such typology or the rulebook no authorities', () => {
    const unknown = stepOf({ typology: 'NO_SUCH_TYPOLOGY', country: 'BO', period: YEAR_2024 });
    assert.deepEqual(unknown.referrals, []);
    assert.match(unknown.text.es, /^BO: el catálogo no indica vías para NO_SUCH_TYPOLOGY\./);
    const withoutAuthorities: Rulebook = { ...builtinRulebook(), authorities: undefined };
    const peru = stepOf({ typology: 'STRUCTURING', country: 'PE', period: YEAR_2024 }, withoutAuthorities);
    assert.deepEqual(peru.referrals, [{ channel: 'money-laundering', authority: null }]);
    assert.match(peru.text.en, /the money-laundering channel – no authority recorded/);
    assert.doesNotMatch(peru.text.en, /Authorities not verified/);
  });
});
