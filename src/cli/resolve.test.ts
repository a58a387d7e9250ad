import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { peRucCheckDigit } from '@veta/standard';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

const PADRON =
  'RUC;RAZON_SOCIAL;TIPO_CONTRIBUYENTE;ESTADO;CONDICION;FECHA_INSCRIPCION;CIIU;DIRECCION;DEPARTAMENTO;REPRESENTANTE_TIPO_DOC;REPRESENTANTE_NUM_DOC;REPRESENTANTE_NOMBRE';
const OWNERS =
  'RUC_PERSONA_JURIDICA;TIPO_DOC;NUM_DOC;APELLIDO_PATERNO;APELLIDO_MATERNO;NOMBRES;NACIONALIDAD;FECHA_NACIMIENTO;CRITERIO;PORCENTAJE;RUC_INTERMEDIARIO;FECHA_DECLARACION';
const PEOPLE = [
  ['41234567', 'QUISPE', 'MAMANI', 'JUAN CARLOS'],
  ['42345678', 'CONDORI', 'APAZA', 'ROSA'],
  ['43456789', 'HUAMÁN', 'TICONA', 'LUIS'],
  ['44567890', 'CHOQUE', 'YUPANQUI', 'CARMEN'],
] as const;
const ruc = (dni: string): string => `10${dni}${peRucCheckDigit(`10${dni}`)}`;

function writeRegion(): string {
  const dir = mkdtempSync(join(tmpdir(), 'veta-cli-resolve-'));
  const padron = PEOPLE.map(
    ([dni, p, m, g]) =>
      `${ruc(dni)};${p} ${m} ${g};PERSONA NATURAL CON NEGOCIO;ACTIVO;HABIDO;13/08/2000;0710;AV. SOL 1;PUNO;;;`,
  );
  const owners = PEOPLE.map(
    ([dni, p, m, g]) => `20436409657;DNI;${dni};${m};${p};${g};PE;02/08/1976;PROPIEDAD;10;;23/06/2020`,
  );
  writeFileSync(join(dir, 'PE-PADRON-RUC.csv'), `${[PADRON, ...padron].join('\n')}\n`);
  writeFileSync(join(dir, 'PE-BENEFICIARIO-FINAL.csv'), `${[OWNERS, ...owners].join('\n')}\n`);
  const partyRecords = PEOPLE.flatMap((_, i) => [
    { file: 'PE/PE-PADRON-RUC.csv', row: i + 1, field: 'RAZON_SOCIAL', entity: `P${i}` },
    { file: 'PE/PE-BENEFICIARIO-FINAL.csv', row: i + 1, field: 'NOMBRES', entity: `P${i}` },
  ]);
  writeFileSync(
    join(dir, 'truth.json'),
    JSON.stringify({ schemes: [], entities: [], identifierAliases: {}, partyRecords }),
  );
  return dir;
}

describeEachEngine('veta resolve, entities, entity and evaluate-resolution', (engine) => {
  it('resolves, lists, shows with provenance, scores against the truth and honours a rejection', async () => {
    const db = dbArgs(await engine.createTarget());
    const dir = writeRegion();
    assert.equal((await runVeta([...db, 'ingest', dir])).code, 0);
    const resolved = await runVeta([...db, '--json', 'resolve']);
    assert.equal(resolved.code, 0, resolved.stderr);
    assert.equal((JSON.parse(resolved.stdout) as { entities: number }).entities, 4);
    const listed = JSON.parse((await runVeta([...db, '--json', 'entities'])).stdout) as {
      total: number;
      entities: { id: string; memberCount: number }[];
    };
    assert.equal(listed.total, 4);
    assert.ok(listed.entities.every((entity) => entity.memberCount === 2));
    const shown = await runVeta([...db, '--json', 'entity', 'show', `PE:DNI:${PEOPLE[0][0]}`]);
    assert.equal(shown.code, 0, shown.stderr);
    const details = JSON.parse(shown.stdout) as {
      entity: { name: string };
      records: { recordKey: string; provenance: { sourceFile: string; rowNumber: number } }[];
      links: { explanation: { features: { feature: string }[] } }[];
    };
    assert.deepEqual(
      details.records.map((r) => `${r.provenance.sourceFile}:${r.provenance.rowNumber}`),
      ['PE-BENEFICIARIO-FINAL.csv:2', 'PE-PADRON-RUC.csv:2'],
    );
    assert.ok(details.links[0]?.explanation.features.some((f) => f.feature === 'identifier'));
    const scored = JSON.parse(
      (await runVeta([...db, '--json', 'evaluate-resolution', '--truth', join(dir, 'truth.json')])).stdout,
    ) as { precision: number; recall: number; f1: number };
    assert.deepEqual([scored.precision, scored.recall, scored.f1], [1, 1, 1]);
    const [a, b] = details.records.map((r) => r.recordKey);
    assert.ok(a && b);
    assert.equal((await runVeta([...db, 'entity', 'reject', a, b, '--note', 'test'])).code, 0);
    assert.equal((await runVeta([...db, 'resolve'])).code, 0);
    const after = JSON.parse((await runVeta([...db, '--json', 'entities'])).stdout) as { total: number };
    assert.equal(after.total, 5);
    const missing = await runVeta([...db, 'entity', 'show', 'NOPE']);
    assert.equal(missing.code, 2);
  });
});
