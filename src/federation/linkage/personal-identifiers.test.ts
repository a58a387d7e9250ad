import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPersonalDocument } from './personal-identifiers.js';

void describe('personal documents', () => {
  it("takes identity cards and a person's tax number as personal, a company's number as public", () => {
    const personal = ['PE:DNI:41234567', 'CO:CC:1017123456', 'BO:CI:4567123', 'PE:RUC:10412345678'];
    const companies = ['PE:RUC:20131312955', 'EC:RUC:1790012345001', 'CO:NIT:900123456', 'BO:NIT:1020304050'];
    assert.deepEqual(personal.filter(isPersonalDocument), personal);
    assert.deepEqual(companies.filter(isPersonalDocument), []);
    // Ecuador: a person's RUC is their cédula and 001 (third digit 0 to 5).
    assert.equal(isPersonalDocument('EC:RUC:1712345678001'), true);
  });

  it('fails closed on a malformed Peruvian or Ecuadorian RUC: a DNI typed into the RUC column stays home', () => {
    for (const written of ['PE:RUC:41234567', 'PE:RUC:2013131295', 'PE:RUC:3013131295X', 'EC:RUC:179001234'])
      assert.equal(isPersonalDocument(written), true, written);
  });
});
