import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clauseFor, parseAgreement, shareRecord, type StandardRecord } from '@veta/standard';
import { sharedPayloadProblem } from '../receive/shared-payload.js';
import { linkageKeyId } from './linkage-key.js';
import { identifierToken, isToken } from './person-encoding.js';
import { linkageShareOptions } from './pseudonymise.js';

const KEY = { keyId: linkageKeyId(Buffer.alloc(32, 3)), key: Buffer.alloc(32, 3) };
const SHA = 'a'.repeat(64);
const provenance = (layout: string, row: number) => ({
  sourceFile: { name: 'beneficiarios OSORIO.csv', sha256: SHA },
  layout,
  row,
  batchId: '1',
  raw: { NOMBRE: 'WILBER JORGE OSORIO MAMANI', DNI: '60175917' },
});
const PERSON: StandardRecord = {
  recordType: 'Party',
  id: 'PE:DNI:60175917',
  country: 'PE',
  kind: 'PERSON',
  name: 'WILBER JORGE OSORIO MAMANI',
  personName: { givenNames: 'WILBER JORGE', paternalSurname: 'OSORIO', maternalSurname: 'MAMANI' },
  identifiers: ['PE:DNI:60175917', 'PE:RUC:10601759171'],
  nationalities: ['PE'],
  roles: [],
  addresses: [{ address: 'JR. LOS ÁLAMOS 123, PUNO' }],
  birthDate: '1986-11-10',
  provenance: provenance('PE-BENEFICIARIO-FINAL', 2),
  flags: [],
};
const COMPANY: StandardRecord = {
  ...PERSON,
  id: 'PE:RUC:20317385243',
  kind: 'ORGANISATION',
  name: 'MINERA AURÍFERA DEL SUR SAC',
  identifiers: ['PE:RUC:20317385243'],
  provenance: provenance('PE-BENEFICIARIO-FINAL', 3),
};
delete (COMPANY as { personName?: unknown }).personName;
delete (COMPANY as { birthDate?: unknown }).birthDate;
delete (COMPANY as { nationalities?: unknown }).nationalities;
const OWNERSHIP: StandardRecord = {
  recordType: 'Relationship',
  id: 'PE:BF:20317385243::DNI:60175917:PROPIEDAD',
  country: 'PE',
  subject: 'PE:RUC:20317385243',
  interestedParty: 'PE:DNI:60175917',
  interests: [{ type: 'shareholding', directOrIndirect: 'direct', share: { exact: 43 } }],
  provenance: provenance('PE-BENEFICIARIO-FINAL', 4),
  flags: [],
};
const AGREEMENT = parseAgreement(
  {
    id: 'PE-HUB',
    version: 2,
    title: { es: 'Acuerdo', en: 'Agreement' },
    from: 'PE',
    to: 'HUB',
    purposes: ['CROSS_BORDER_DETECTION'],
    legalBasis: 'Decisión 774',
    validFrom: '2025-01-01',
    validUntil: '2027-12-31',
    records: {
      Party: 'pseudonymised',
      Relationship: 'pseudonymised',
      MiningRight: 'pseudonymised',
      CustomsDeclaration: { fields: ['date', 'declarant', 'netMassKg'], pseudonymised: ['declarant'] },
    },
  },
  'the test agreement',
);
const options = linkageShareOptions(KEY, new Set(['PE:DNI:60175917', 'PE:RUC:10601759171']));
const shared = (record: StandardRecord) => {
  const outcome = shareRecord(
    record,
    record.recordType,
    clauseFor(AGREEMENT, record.recordType, '2026-06-01'),
    options,
  );
  assert.equal(outcome.kind, 'pseudonymised');
  return outcome.record;
};
const identifierTokenOf = (id: string) => identifierToken(KEY, id);
const payload = (recordType: string, records: unknown[]) => ({ recordType, form: 'pseudonymised', records });

const RIGHT = (holder: string): StandardRecord => ({
  recordType: 'MiningRight',
  id: 'PE:INGEMMET:010203004',
  country: 'PE',
  code: '010203004',
  name: 'WILBER OSORIO I',
  kind: { code: 'CONCESSION' },
  legalStatus: { code: 'IN_FORCE' },
  holders: [holder],
  commodities: ['AU'],
  provenance: provenance('PE-CATASTRO', 5),
  flags: [],
});

void describe('pseudonymised sharing', () => {
  it("names a right's holder who is a person by token and drops the right's name; a company's right stays whole", () => {
    const right = shared(RIGHT('PE:RUC:10601759171'));
    assert.doesNotMatch(JSON.stringify(right), /OSORIO|60175917|beneficiarios/);
    // The hub joins the right to the person through the token of the document it names.
    assert.deepEqual(right.holders, [identifierTokenOf('PE:RUC:10601759171')]);
    assert.ok((shared(PERSON).identifiers as string[]).includes(identifierTokenOf('PE:RUC:10601759171')));
    assert.equal(
      sharedPayloadProblem(payload('MiningRight', [right]), 'MiningRight', 'pseudonymised', 'PE'),
      undefined,
    );
    const companys = shared(RIGHT('PE:RUC:20317385243'));
    assert.deepEqual([companys.holders, companys.name], [['PE:RUC:20317385243'], 'WILBER OSORIO I']);
    // A node that sends the holder's document, or the name beside a token, is refused.
    for (const [forged, reason] of [
      [{ ...right, holders: ['PE:RUC:10601759171'] }, /holder's personal document in the clear/],
      [{ ...right, name: 'WILBER OSORIO I' }, /keeps its name/],
    ] as const)
      assert.match(
        sharedPayloadProblem(payload('MiningRight', [forged]), 'MiningRight', 'pseudonymised', 'PE')
          ?.message ?? '',
        reason,
      );
  });

  it('sends an exporter who is a person by the same token as their Party, and the hub refuses their number in the clear', () => {
    const declaration: StandardRecord = {
      recordType: 'CustomsDeclaration',
      id: 'PE:DAM:118-2024-40-000001',
      country: 'PE',
      number: '118-2024-40-000001',
      flow: { code: 'EXPORT' },
      date: '2024-03-01',
      declarant: 'PE:RUC:10601759171',
      hsCode: '710812',
      netMassKg: 12.5,
      provenance: provenance('PE-DAM', 6),
      flags: [],
    };
    const inForce = clauseFor(AGREEMENT, 'CustomsDeclaration', '2026-06-01');
    assert.ok(inForce.clause !== 'none');
    const { clause } = inForce;
    const outcome = shareRecord(declaration, 'CustomsDeclaration', inForce, options);
    assert.equal(outcome.kind, 'fields');
    const sent = outcome.kind === 'fields' ? outcome.record : {};
    assert.equal(sent.declarant, identifierTokenOf('PE:RUC:10601759171'));
    // The record's id is a token beside a person's: an id often spells the document.
    assert.ok(isToken(sent.id));
    const check = (changes: Record<string, unknown>) =>
      sharedPayloadProblem(
        { form: 'fields', records: [{ ...sent, ...changes }] },
        'CustomsDeclaration',
        clause,
        'PE',
      )?.message;
    assert.equal(check({}), undefined);
    assert.match(
      check({ declarant: 'PE:RUC:10601759171' }) ?? '',
      /names a person's document by declarant in the clear/,
    );
    assert.match(check({ id: declaration.id }) ?? '', /keeps its record id in the clear/);
    // A company's declaration keeps its id and number in the clear.
    const company = shareRecord(
      { ...declaration, declarant: 'PE:RUC:20317385243' },
      'CustomsDeclaration',
      inForce,
      options,
    );
    assert.deepEqual(company.kind === 'fields' ? [company.record.id, company.record.declarant] : [], [
      declaration.id,
      'PE:RUC:20317385243',
    ]);
  });

  it("is refused at the hub when totals name a person's document in the clear where the clause pseudonymises it", () => {
    const clause = parseAgreement(
      {
        ...AGREEMENT,
        version: 3,
        records: {
          MineralTransaction: {
            aggregate: {
              by: ['metal', 'buyer'],
              measures: ['fineMassKg'],
              date: 'date',
              pseudonymised: ['buyer'],
            },
          },
        },
      },
      'totals by buyer',
    ).records.MineralTransaction;
    assert.ok(clause !== undefined && clause !== 'none');
    const totals = (buyer: string) => ({
      recordType: 'MineralTransaction',
      aggregation: {
        rows: [{ month: '2024-03', by: { metal: 'AU', buyer }, count: 1, measures: { fineMassKg: '1.5' } }],
      },
    });
    assert.equal(
      sharedPayloadProblem(
        totals(identifierTokenOf('PE:RUC:10601759171')),
        'MineralTransaction',
        clause,
        'PE',
      ),
      undefined,
    );
    assert.equal(
      sharedPayloadProblem(totals('PE:RUC:20317385243'), 'MineralTransaction', clause, 'PE'),
      undefined,
    );
    assert.match(
      sharedPayloadProblem(totals('PE:RUC:10601759171'), 'MineralTransaction', clause, 'PE')?.message ?? '',
      /names a person's document by buyer in the clear/,
    );
  });

  it('carries no name, birth date, address or document of a person, only tokens and the encoding', () => {
    const records = [shared(PERSON), shared(OWNERSHIP)];
    const text = JSON.stringify(records);
    for (const raw of ['WILBER', 'OSORIO', 'MAMANI', '60175917', '1986', 'ÁLAMOS', 'beneficiarios', 'NOMBRE'])
      assert.doesNotMatch(text, new RegExp(raw), `${raw} was shared`);
    const [person, ownership] = records;
    assert.ok(isToken(person?.id));
    // Both surnames given, no passport: what the hub's rule across a missing birth date needs to know.
    const facts = person?.linkage as { passport?: unknown; bothSurnames?: unknown } | undefined;
    assert.deepEqual([facts?.passport, facts?.bothSurnames], [undefined, true]);
    const traveller = shared({
      ...PERSON,
      id: 'PE:PASSPORT:B1234567',
      identifiers: ['PE:PASSPORT:B1234567'],
    });
    assert.equal((traveller?.linkage as { passport?: unknown } | undefined)?.passport, true);
    assert.equal(ownership?.interestedParty, person?.id);
    assert.equal(ownership?.subject, 'PE:RUC:20317385243');
    assert.equal(sharedPayloadProblem(payload('Party', [person]), 'Party', 'pseudonymised', 'PE'), undefined);
    assert.equal(
      sharedPayloadProblem(payload('Relationship', [ownership]), 'Relationship', 'pseudonymised', 'PE'),
      undefined,
    );
  });

  it("keeps a company's name and number in the clear, so its exports can be joined", () => {
    const company = shared(COMPANY);
    assert.equal(company.id, 'PE:RUC:20317385243');
    assert.equal(company.name, 'MINERA AURÍFERA DEL SUR SAC');
    assert.equal(
      sharedPayloadProblem(payload('Party', [company]), 'Party', 'pseudonymised', 'PE'),
      undefined,
    );
  });

  it('is refused at the hub when a person comes with a raw name or an untokenised document', () => {
    const person = shared(PERSON);
    const named = { ...person, name: 'WILBER JORGE OSORIO MAMANI' };
    assert.match(
      sharedPayloadProblem(payload('Party', [named]), 'Party', 'pseudonymised', 'PE')?.message ?? '',
      /in the clear instead of keyed tokens/,
    );
    const born = { ...person, birthDate: '1986-11-10' };
    assert.match(
      sharedPayloadProblem(payload('Party', [born]), 'Party', 'pseudonymised', 'PE')?.message ?? '',
      /personal fields \(birthDate/,
    );
    const clearOwner = { ...shared(OWNERSHIP), interestedParty: 'PE:DNI:60175917' };
    assert.match(
      sharedPayloadProblem(payload('Relationship', [clearOwner]), 'Relationship', 'pseudonymised', 'PE')
        ?.message ?? '',
      /document in the clear/,
    );
    const raw = { ...person, provenance: { ...(person.provenance as object), raw: { NOMBRE: 'X' } } };
    assert.equal(
      sharedPayloadProblem(payload('Party', [raw]), 'Party', 'pseudonymised', 'PE')?.kind,
      'not-allowed',
    );
  });

  it('sends the encoding and document tokens beside a person shared by name', () => {
    const outcome = shareRecord(
      PERSON,
      'Party',
      { clause: { fields: ['name', 'kind', 'identifiers'] }, agreement: { id: 'CO-HUB', version: 1 } },
      options,
    );
    assert.equal(outcome.kind, 'fields');
    const linkage =
      outcome.kind === 'fields' ? (outcome.record.linkage as { tokens: string[]; clk: string }) : undefined;
    assert.ok(linkage?.tokens.every(isToken));
    const unnamed = shareRecord(
      PERSON,
      'Party',
      { clause: { fields: ['kind'] }, agreement: { id: 'CO-HUB', version: 1 } },
      options,
    );
    assert.equal(unnamed.kind === 'fields' && 'linkage' in unnamed.record, false);
  });
});
