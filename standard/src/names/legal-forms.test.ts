import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLegalForm, listLegalForms, lookupLegalForm } from './legal-forms.js';

describe('legal forms', () => {
  it('loads the active GLEIF forms of the four countries', () => {
    const countries = new Set(listLegalForms().map((form) => form.country));
    assert.deepEqual([...countries].sort(), ['BO', 'CO', 'EC', 'PE']);
    assert.ok(listLegalForms().some((form) => form.elfCode === 'CHX6' && form.abbreviation === 'SAC'));
  });

  it('recognises S.A.C., SAC and Sociedad Anónima Cerrada as one form', () => {
    const names = [
      'MINERA AURÍFERA DEL SUR S.A.C.',
      'MINERA AURÍFERA DEL SUR SAC',
      'Minera Aurífera del Sur Sociedad Anónima Cerrada',
    ];
    for (const name of names) {
      const match = detectLegalForm(name, 'PE');
      assert.ok(match, name);
      assert.equal(match.legalForm.elfCode, 'CHX6', name);
      assert.equal(match.legalName.toUpperCase(), 'MINERA AURÍFERA DEL SUR');
    }
    assert.equal(detectLegalForm('MINERA AURÍFERA DEL SUR S.A.C.')?.matched, 'S.A.C.');
  });

  it('prefers the longest form at the end of the name', () => {
    assert.equal(detectLegalForm('ORO FINO S.A.C.', 'PE')?.legalForm.elfCode, 'CHX6');
    assert.equal(detectLegalForm('ORO FINO S.A.', 'PE')?.legalForm.elfCode, 'I695');
    assert.equal(detectLegalForm('ORO FINO E.I.R.L.', 'PE')?.legalForm.elfCode, 'H8G2');
  });

  it('uses spelling variants from the normalisation list', () => {
    // "Compañía Limitada" is not in GLEIF; the normalisations join it to Ecuador's CIA LTDA.
    assert.equal(detectLegalForm('Exportadora Oro Compañía Limitada', 'EC')?.legalForm.elfCode, 'XOAD');
    assert.equal(detectLegalForm('ORO EXPORT CIA. LTDA.', 'EC')?.legalForm.elfCode, 'XOAD');
    assert.equal(detectLegalForm('COMERCIALIZADORA ANDINA LIMITADA', 'CO')?.legalForm.elfCode, 'WX45');
  });

  it('leaves the ELF code out when a form fits several countries and none is given', () => {
    const match = detectLegalForm('ORO FINO S.A.');
    assert.ok(match);
    assert.equal(match.legalForm.elfCode, undefined);
    assert.equal(match.legalForm.name, 'Sociedad Anónima');
  });

  it('finds no form in names without one, and needs a name before the form', () => {
    assert.equal(detectLegalForm('JUAN PEREZ QUISPE', 'PE'), undefined);
    assert.equal(detectLegalForm('S.A.C.', 'PE'), undefined);
    assert.equal(lookupLegalForm('S.A.S.', 'CO')?.elfCode, 'KYVO');
  });
});
