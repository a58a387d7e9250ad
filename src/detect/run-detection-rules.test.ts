import { it } from 'node:test';
import assert from 'node:assert/strict';
import { boundRules, builtinRulebook, parseRulebook, type Rulebook } from '@veta/standard';
import { countryThresholds } from '../rules/rulebook-thresholds.js';
import { alertRepository } from '../store/alerts/alert-repository.js';
import type { Database } from '../store/engine/database.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { builtinCatalogue } from './catalogue/catalogue.js';
import { runDetection } from './run-detection.js';
import { barequeroSales } from './testing/barequero-sales.js';

const DAY = '2024-06-01';

async function detectUnder(db: Database, rulebook: Rulebook): Promise<string[]> {
  const catalogue = builtinCatalogue();
  await runDetection(db, {
    catalogue,
    only: ['SUBSISTENCE_CAP_EXCEEDED'],
    overrides: countryThresholds(rulebook, catalogue, DAY),
    rules: boundRules(rulebook, DAY),
  });
  return (await alertRepository.list(db, { typology: 'SUBSISTENCE_CAP_EXCEEDED' })).map(
    (alert) => alert.explanation.es,
  );
}

describeEachEngine('detection under the rulebook', (engine) => {
  it('cites the law a threshold comes from in the alerts raised under it', async () => {
    const db = await engine.openMigrated();
    await barequeroSales(db);
    const [explanation, ...rest] = await detectUnder(db, builtinRulebook());
    assert.equal(rest.length, 0);
    assert.match(
      explanation ?? '',
      /Regla aplicada en CO: Tope mensual de venta de oro de un minero de subsistencia: 35 g\/month \(Resolución 40103 de 2017 \(Ministerio de Minas y Energía\), 2017-02-09; sin verificar\); Tope anual de venta de oro de un minero de subsistencia: 420 g\/year/,
    );
  });

  it("follows the law: a country's higher cap in a draft rulebook raises no alert for the same sales", async () => {
    const draft = structuredClone(builtinRulebook());
    const cap = draft.rules.CO?.find((rule) => rule.topic === 'SUBSISTENCE_MONTHLY_CAP');
    assert.ok(cap);
    cap.value = 45;
    const db = await engine.openMigrated();
    await barequeroSales(db);
    assert.deepEqual(await detectUnder(db, parseRulebook(draft, 'a draft')), []);
  });

  it('says when the rule it applied came into force after the period it judges', async () => {
    const db = await engine.openMigrated();
    await barequeroSales(db, 2016);
    const [explanation] = await detectUnder(db, builtinRulebook());
    assert.match(
      explanation ?? '',
      /2017-02-09; sin verificar; en vigor desde 2017-02-09, después del periodo\)/,
    );
  });
});
