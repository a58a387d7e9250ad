import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { XmlShape } from './xml-shape.js';

const BOUNDS = { maxDepth: 3, maxStretch: 40 };

/** Scans the text in chunks of `size` bytes, as parts arrive, and returns the scanner. */
function scanned(text: string, counted = '', size = 3): XmlShape {
  const shape = new XmlShape(BOUNDS, counted);
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += size) shape.write(bytes.subarray(at, at + size));
  return shape;
}

describe('XmlShape (issue 17, item 3)', () => {
  it('counts elements by local name across chunk boundaries, prefixed or self-closed', () => {
    const shape = scanned('<sst><si><t>a</t></si><x:si><t>b</t></x:si><si/><sit/><s/></sst>', 'si');
    assert.deepEqual([shape.problem, shape.elements], [null, 3]);
  });

  it('nests no deeper for self-closing tags, quoted "/>" or ">", comments and CDATA holding markup', () => {
    const text = '<a><b x="/>" y=\'>\'><c/><c/><!-- <d><d><d> --><![CDATA[<e><e><e>]]><?pi <f>?></b></a>';
    assert.equal(scanned(text).problem, null);
  });

  it('finds nesting past the bound, a stretch past the bound, and a DTD', () => {
    assert.equal(scanned('<a><b><c><d>').problem, 'depth');
    assert.equal(scanned(`<t>${'x'.repeat(41)}</t>`).problem, 'stretch');
    assert.equal(scanned(`<t a="${'x'.repeat(41)}"/>`).problem, 'stretch');
    assert.equal(scanned('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "c">]><a/>').problem, 'dtd');
  });
});
