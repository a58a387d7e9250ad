import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { AgreementError, agreementJsonSchema, loadAgreement, parseAgreement } from './agreement.js';
import type { DataSharingAgreement } from './agreement-schema.js';

const EXAMPLES = ['pe-hub', 'co-hub', 'ec-hub', 'bo-hub'] as const;

function examplePath(name: string): URL {
  return new URL(`../../../examples/agreements/${name}.yaml`, import.meta.url);
}

/** Peru's example agreement as a document, changed by `edit`, parsed again. */
function edited(edit: (document: DataSharingAgreement) => void): DataSharingAgreement {
  const document = parse(readFileSync(examplePath('pe-hub'), 'utf8')) as DataSharingAgreement;
  edit(document);
  return parseAgreement(document, 'an edited agreement');
}

function refuses(edit: (document: DataSharingAgreement) => void, message: RegExp): void {
  assert.throws(
    () => edited(edit),
    (error: unknown) => {
      assert.ok(error instanceof AgreementError, String(error));
      assert.match(error.message, message);
      assert.match(error.message, /^The data-sharing agreement an edited agreement has mistakes: /);
      return true;
    },
  );
}

/** A clause of the document, to edit in place. */
function clauseOf(document: DataSharingAgreement, type: keyof DataSharingAgreement['records']) {
  const clause = document.records[type];
  assert.ok(clause !== undefined && typeof clause === 'object', `${type} has a clause to edit`);
  return clause;
}

function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return ajv;
}

describe('the example agreements', () => {
  const agreements = EXAMPLES.map((name) => loadAgreement(examplePath(name)));

  it('each loads, from its own country to the hub, with a Spanish title that keeps its accents', () => {
    assert.deepEqual(
      agreements.map((agreement) => [agreement.id, agreement.from, agreement.to]),
      [
        ['PE-HUB', 'PE', 'HUB'],
        ['CO-HUB', 'CO', 'HUB'],
        ['EC-HUB', 'EC', 'HUB'],
        ['BO-HUB', 'BO', 'HUB'],
      ],
    );
    for (const agreement of agreements) assert.match(agreement.title.es, /información/, agreement.id);
  });

  it('lets the hub run the cross-border detectors, each country in its own way', () => {
    for (const agreement of agreements) {
      for (const type of ['CustomsDeclaration', 'TradeStatistic'] as const)
        assert.ok(['full', 'object'].includes(kind(agreement.records[type])), `${agreement.id} ${type}`);
      const production = agreement.records.ProductionDeclaration;
      assert.ok(typeof production === 'object' && 'aggregate' in production, agreement.id);
    }
    const [peru, colombia, ecuador, bolivia] = agreements;
    assert.equal(peru?.records.Party, 'pseudonymised');
    assert.equal(peru?.records.InputTransaction, 'none');
    assert.equal(colombia?.records.Assay, 'none');
    assert.equal(bolivia?.records.Relationship, 'none');
    assert.ok(typeof ecuador?.records.Assay === 'object' && 'fields' in ecuador.records.Assay);
    const minCounts = agreements.map((agreement) => {
      const production = agreement.records.ProductionDeclaration;
      return typeof production === 'object' && 'aggregate' in production ? production.aggregate.minCount : 0;
    });
    // Totals by declarant (Peru, Colombia) suppress no cell, or a producer's month would look
    // missing; regional and national totals (Ecuador, Bolivia) keep their suppression.
    assert.deepEqual(minCounts, [undefined, undefined, 10, 3]);
    // Purchases by buyer, unsuppressed, where a country shares them (Peru, Colombia, Bolivia).
    const purchases = agreements.map((agreement) => {
      const clause = agreement.records.MineralTransaction;
      return typeof clause === 'object' && 'aggregate' in clause
        ? [clause.aggregate.by.includes('buyer'), clause.aggregate.minCount ?? 1]
        : undefined;
    });
    assert.deepEqual(purchases, [[true, 1], [true, 1], undefined, [true, 1]]);
    // Peru's buyers and declarants who are persons travel as tokens, as its persons do.
    const peruPurchases = peru?.records.MineralTransaction;
    assert.ok(typeof peruPurchases === 'object' && 'aggregate' in peruPurchases);
    assert.deepEqual(peruPurchases.aggregate.pseudonymised, ['buyer']);
    assert.equal(peru?.records.MiningRight, 'pseudonymised');
  });

  it("is Peru's, word for word, in docs/federation.md's full example", () => {
    const doc = readFileSync(new URL('../../../docs/federation.md', import.meta.url), 'utf8');
    const example = /### A full example[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
    assert.ok(example !== undefined, 'the doc has a full example');
    assert.deepEqual(parse(example), parse(readFileSync(examplePath('pe-hub'), 'utf8')));
  });

  it('validate against the agreement JSON Schema in an independent validator', () => {
    const schema = agreementJsonSchema();
    assert.equal(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema['$id'], 'urn:veta:standard:1.0.0:data-sharing-agreement');
    const ajv = strictAjv();
    const check = ajv.compile(schema);
    for (const name of EXAMPLES) {
      const document: unknown = parse(readFileSync(examplePath(name), 'utf8'));
      assert.equal(check(document), true, `${name}: ${ajv.errorsText(check.errors)}`);
      assert.equal(check({ ...(document as object), signedBy: 'nobody' }), false, name);
      const records = (document as DataSharingAgreement).records;
      assert.equal(check({ ...(document as object), records: { ...records, Miner: 'full' } }), false, name);
      assert.equal(check({ ...(document as object), records: { ...records, Party: 'some' } }), false, name);
    }
  });
});

function kind(clause: DataSharingAgreement['records'][keyof DataSharingAgreement['records']]): string {
  return typeof clause === 'object' ? 'object' : String(clause);
}

describe('parseAgreement', () => {
  it('refuses a record type the standard does not have, naming the record types it has', () => {
    refuses((document) => {
      Object.assign(document.records, { Miner: 'full' });
    }, /\/records has unknown record type Miner: name one of Party, Relationship, .*ReferencePrice/);
  });

  it('refuses a field the record type does not have, naming the fields it has', () => {
    refuses((document) => {
      const customs = clauseOf(document, 'CustomsDeclaration');
      assert.ok('fields' in customs);
      customs.fields.push('fobUSD');
    }, /\/records\/CustomsDeclaration\/fields\/15 "fobUSD": CustomsDeclaration has no field fobUSD \(CustomsDeclaration has .*fobUsd/);
    refuses((document) => {
      const customs = clauseOf(document, 'CustomsDeclaration');
      assert.ok('fields' in customs);
      customs.fields.push('customsOffice.nam');
    }, /"customsOffice\.nam": CustomsDeclaration has no field customsOffice\.nam \(customsOffice has code, name\)/);
    refuses((document) => {
      const customs = clauseOf(document, 'CustomsDeclaration');
      assert.ok('fields' in customs);
      customs.fields.push('flags.code');
    }, /"flags\.code": flags is an array: name it whole/);
  });

  it('refuses a measure that is not a number, and a sum across currencies', () => {
    refuses((document) => {
      const production = clauseOf(document, 'ProductionDeclaration');
      assert.ok('aggregate' in production);
      production.aggregate.measures.push('metal');
    }, /\/records\/ProductionDeclaration\/aggregate\/measures\/2 "metal" is a single value, not a number/);
    refuses((document) => {
      const production = clauseOf(document, 'ProductionDeclaration');
      assert.ok('aggregate' in production);
      production.aggregate.measures.push('royalty.amount');
    }, /measures\/2 "royalty\.amount" is summed across royalty\.currency values: add royalty\.currency to by/);
  });

  it('refuses a date that is not a date field and a breakdown by a whole object', () => {
    refuses((document) => {
      const production = clauseOf(document, 'ProductionDeclaration');
      assert.ok('aggregate' in production);
      production.aggregate.date = 'declarant';
    }, /\/records\/ProductionDeclaration\/aggregate\/date "declarant" is a single value, not a date/);
    refuses((document) => {
      const production = clauseOf(document, 'ProductionDeclaration');
      assert.ok('aggregate' in production);
      production.aggregate.by.push('adminArea');
    }, /aggregate\/by\/5 "adminArea" is an object: break totals down by a single value inside it/);
  });

  it('refuses a pseudonymised field the totals are not broken down by', () => {
    refuses((document) => {
      const production = clauseOf(document, 'ProductionDeclaration');
      assert.ok('aggregate' in production);
      production.aggregate.pseudonymised = ['declarant', 'miningRight', 'buyer'];
    }, /\/records\/ProductionDeclaration\/aggregate\/pseudonymised\/2 "buyer" is not a field the totals are broken down by/);
  });

  it('refuses a validity that ends before it starts, and a node sharing with itself', () => {
    refuses((document) => {
      document.validUntil = '2024-12-31';
    }, /\/validUntil 2024-12-31 is before \/validFrom 2025-01-01/);
    refuses((document) => {
      document.validFrom = '2025-02-30';
    }, /\/validFrom must be a day that exists, written yyyy-mm-dd/);
    refuses((document) => {
      document.to = 'PE';
    }, /\/to PE is the sending node itself/);
  });

  it('refuses a clause of no known form, naming the forms', () => {
    refuses((document) => {
      Object.assign(document.records, { Party: { redact: ['name'] } });
    }, /\/records\/Party has unknown clause form redact: write full, none, pseudonymised/);
    refuses((document) => {
      Object.assign(document.records, { Party: 'anonymised' });
    }, /\/records\/Party "anonymised" is not a clause/);
    refuses((document) => {
      Object.assign(document.records, { Party: { fields: ['name'], aggregate: {} } });
    }, /\/records\/Party names two clause forms, fields and aggregate/);
  });

  it('refuses an unknown key anywhere, a purpose not in the code list and a version that is not positive', () => {
    refuses((document) => {
      Object.assign(document, { signedBy: 'Ministro' });
    }, /\/ has unknown field signedBy/);
    refuses((document) => {
      const production = clauseOf(document, 'ProductionDeclaration');
      assert.ok('aggregate' in production);
      Object.assign(production.aggregate, { minCnt: 3 });
    }, /\/records\/ProductionDeclaration\/aggregate has unknown field minCnt/);
    refuses((document) => {
      Object.assign(document, { purposes: ['SURVEILLANCE'] });
    }, /\/purposes\/0 must be one of CROSS_BORDER_DETECTION, /);
    refuses((document) => {
      document.version = 0;
    }, /\/version must be >= 1/);
  });

  it('names the file it could not read as YAML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'veta-agreement-'));
    try {
      const path = join(dir, 'broken.yaml');
      writeFileSync(path, 'id: PE-HUB\n  version: [2\n', 'utf8');
      assert.throws(
        () => loadAgreement(path),
        (error: unknown) => {
          assert.ok(error instanceof AgreementError);
          assert.equal(error.source, path);
          assert.match(error.message, /cannot be read as YAML/);
          return true;
        },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
