import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { crosswalkFor, listCrosswalks, mapTerm, vocabularyValues } from './crosswalks.js';

// The layouts document is the contract with the agencies: every coded term it lists must map.
const LAYOUTS_DOC = new URL('../../docs/national-layouts.md', import.meta.url);

interface CodedColumn {
  readonly layout: string;
  readonly column: string;
  readonly terms: readonly string[];
}

/** Finds every `COLUMN (A | B | C)` in the layout blocks of the document. */
function codedColumns(markdown: string): CodedColumn[] {
  const columns: CodedColumn[] = [];
  for (const block of markdown.split(/\n(?=\*\*[A-Z][A-Z0-9-]+\*\*)/)) {
    const layout = /^\*\*([A-Z][A-Z0-9-]+)\*\*/.exec(block)?.[1];
    if (!layout) continue;
    for (const span of block.matchAll(/`([^`]+)`/g)) {
      for (const field of splitTopLevel(span[1] ?? '')) {
        const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*\((.*)\)$/s.exec(field.trim());
        if (!match?.[2]?.includes(' | ')) continue;
        const terms = match[2].split(' | ').map((term) => (term.split(' = ')[0] ?? '').trim());
        columns.push({ layout, column: match[1] ?? '', terms: terms.filter((term) => term !== '...') });
      }
    }
  }
  return columns;
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if ((char === ';' || char === ',') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  return [...parts, current];
}

describe('crosswalks', () => {
  const markdown = readFileSync(LAYOUTS_DOC, 'utf8');
  const columns = codedColumns(markdown);

  it('finds the coded columns of the layouts document', () => {
    assert.ok(columns.length >= 35, `only ${columns.length} coded columns parsed`);
    assert.ok(columns.some((c) => c.layout === 'PE-DAM' && c.column === 'REGIMEN' && c.terms.includes('40')));
  });

  it('maps every coded term of every layout to a harmonised code', () => {
    const unmapped = columns.flatMap((c) =>
      c.terms
        .filter((term) => !mapTerm(c.layout, c.column, term))
        .map((term) => `${c.layout}.${c.column}: ${term}`),
    );
    assert.deepEqual(unmapped, []);
  });

  it('maps every Spanish country name the document lists', () => {
    const list = /countries by Spanish name \(([^)]*)\)/.exec(markdown)?.[1] ?? '';
    const names = [...list.matchAll(/`([^`]+)`/g)]
      .map((match) => match[1] ?? '')
      .filter((name) => name !== '...');
    assert.ok(names.length >= 5, 'country names parsed');
    for (const name of names) {
      assert.ok(mapTerm('CO-DEX', 'PAIS_DESTINO', name), name);
      assert.ok(mapTerm('CO-RUB', 'PAIS_NACIONALIDAD', name), name);
    }
    assert.equal(mapTerm('CO-DEX', 'PAIS_DESTINO', 'EMIRATOS ARABES UNIDOS')?.code, 'AE');
    assert.equal(mapTerm('CO-DEX', 'PAIS_DESTINO', 'SUIZA')?.code, 'CH');
  });

  it('maps only to codes of the target code list', () => {
    for (const crosswalk of listCrosswalks()) {
      const values = vocabularyValues(crosswalk.vocabulary);
      assert.ok(values, `${crosswalk.id}: unknown vocabulary ${crosswalk.vocabulary}`);
      for (const term of crosswalk.terms)
        assert.ok(values.includes(term.code), `${crosswalk.id}: ${term.term} -> ${term.code}`);
    }
  });

  it('gives each layout column to one crosswalk only', () => {
    const targets = listCrosswalks().flatMap((cw) => cw.appliesTo.map((t) => `${t.layout}.${t.column}`));
    assert.equal(new Set(targets).size, targets.length);
  });

  it('folds accents and case for comparison only', () => {
    assert.equal(mapTerm('PE-CATASTRO', 'ESTADO_LEGAL', 'titulado')?.code, 'IN_FORCE');
    assert.equal(mapTerm('PE-CATASTRO', 'ESTADO_LEGAL', 'EN TRAMITE')?.code, 'IN_PROCESS');
    assert.equal(mapTerm('PE-PRODUCCION', 'ESTRATO', 'PEQUENO PRODUCTOR')?.code, 'SMALL');
    assert.equal(mapTerm('PE-PRODUCCION', 'ESTRATO', 'PEQUEÑO PRODUCTOR')?.code, 'SMALL');
    assert.equal(mapTerm('PE-CATASTRO', 'ESTADO_LEGAL', 'TITULAD'), undefined);
    assert.equal(mapTerm('NO-SUCH-LAYOUT', 'ESTADO', 'VIGENTE'), undefined);
  });

  it('keeps the meaning of a column name per layout', () => {
    assert.equal(crosswalkFor('PE-PADRON-RUC', 'CONDICION')?.vocabulary, 'domicileCondition');
    assert.equal(crosswalkFor('CO-RUB', 'CONDICION')?.vocabulary, 'interestType');
    assert.equal(mapTerm('PE-DAM', 'REGIMEN', '40')?.code, 'EXPORT');
    assert.equal(mapTerm('PE-PRODUCCION', 'UNIDAD', 'TMF')?.note?.includes('fine'), true);
  });
});
