import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { peRucCheckDigit } from '@veta/standard';
import { silentLogger } from '../core/logger.js';
import { ingestFile } from '../ingest/pipeline/ingest-file.js';
import { loadProfiles } from '../ingest/profiles/load-profiles.js';
import type { Database } from '../store/engine/database.js';
import { entityQueries } from '../store/entities/entity-queries.js';
import { entityRepository } from '../store/entities/entity-repository.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { entityDetails } from './entity-details.js';
import { explanationText } from './explain-link.js';
import { runIncrementalResolution } from './incremental.js';
import { runFullResolution } from './run-resolution.js';
import { ANDEAN_SURNAMES } from './testing/andean-surnames.js';

const PADRON =
  'RUC;RAZON_SOCIAL;TIPO_CONTRIBUYENTE;ESTADO;CONDICION;FECHA_INSCRIPCION;CIIU;DIRECCION;DEPARTAMENTO;REPRESENTANTE_TIPO_DOC;REPRESENTANTE_NUM_DOC;REPRESENTANTE_NOMBRE';
const OWNERS =
  'RUC_PERSONA_JURIDICA;TIPO_DOC;NUM_DOC;APELLIDO_PATERNO;APELLIDO_MATERNO;NOMBRES;NACIONALIDAD;FECHA_NACIMIENTO;CRITERIO;PORCENTAJE;RUC_INTERMEDIARIO;FECHA_DECLARACION';
const GIVEN = ['JUAN CARLOS', 'ROSA', 'LUIS', 'CARMEN', 'EDGAR', 'FLOR', 'CÉSAR', 'MARTHA', 'RAÚL', 'ELENA'];
const SURNAMES = [...ANDEAN_SURNAMES, 'YUPANQUI', 'CCAMA', 'PAREDES'];

const rucOf = (dni: string): string => `10${dni}${peRucCheckDigit(`10${dni}`)}`;
const dniOf = (i: number): string => String(41_000_000 + i * 7919);
const person = (i: number): { given: string; paternal: string; maternal: string } => ({
  given: GIVEN[i % GIVEN.length] ?? '',
  paternal: SURNAMES[Math.floor(i / GIVEN.length) % SURNAMES.length] ?? '',
  maternal: SURNAMES[(i * 3 + 1) % SURNAMES.length] ?? '',
});

/** The taxpayer register lists each person under the RUC that embeds their DNI, surnames first. */
function padronRow(i: number): string {
  const p = person(i);
  return `${rucOf(dniOf(i))};${p.paternal} ${p.maternal} ${p.given};PERSONA NATURAL CON NEGOCIO;ACTIVO;HABIDO;13/08/2000;0710;AV. PRINCIPAL ${i};PUNO;;;`;
}

/** The owners' register names them by DNI, with the surnames apart (here swapped, or the maternal one missing). */
function ownerRow(i: number): string {
  const p = person(i);
  const [paternal, maternal] = i % 2 === 0 ? [p.maternal, p.paternal] : [p.paternal, ''];
  return `20436409657;DNI;${dniOf(i)};${paternal};${maternal};${p.given.normalize('NFD').replace(/\p{M}/gu, '')};PE;02/08/1976;PROPIEDAD;10;;23/06/2020`;
}

async function load(db: Database, name: string, header: string, rows: string[]): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), 'veta-resolve-')), name);
  writeFileSync(path, `${[header, ...rows].join('\n')}\n`);
  const report = await ingestFile(db, path, {
    profiles: loadProfiles(),
    logger: silentLogger(),
    today: '2026-11-26',
  });
  assert.equal(report.rowsRejected, 0, JSON.stringify(report.rejectedByCode));
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

describeEachEngine('veta resolve', (engine) => {
  it('merges each person across registers (RUC and DNI, names reordered), with provenance and explanations', async () => {
    const db = await engine.openMigrated();
    await load(db, 'PE-PADRON-RUC.csv', PADRON, range(0, 60).map(padronRow));
    await load(db, 'PE-BENEFICIARIO-FINAL.csv', OWNERS, range(0, 60).map(ownerRow));
    const summary = await runFullResolution(db);
    assert.equal(summary.records, 120);
    assert.equal(summary.entities, 60);
    const details = await entityDetails(db, `PE:DNI:${dniOf(4)}`);
    assert.ok(details);
    assert.deepEqual(
      details.records.map((r) => [r.provenance.layout, r.provenance.sourceFile, r.provenance.rowNumber]),
      [
        ['PE-BENEFICIARIO-FINAL', 'PE-BENEFICIARIO-FINAL.csv', 6],
        ['PE-PADRON-RUC', 'PE-PADRON-RUC.csv', 6],
      ],
    );
    assert.deepEqual(details.entity.identifiers, [`PE:DNI:${dniOf(4)}`, `PE:RUC:${rucOf(dniOf(4))}`]);
    const [link] = details.links;
    assert.ok(link);
    const features = link.explanation.features.map((f) => `${f.feature}: ${f.level}`);
    assert.ok(features.includes('identifier: shared'), features.join('; '));
    assert.ok(features.includes('name: same words'), features.join('; '));
    assert.ok(link.explanation.features.every((f) => Number.isFinite(f.weight)));
  });

  it('keeps entity ids from run to run, and a rejection splits the pair in every later run', async () => {
    const db = await engine.openMigrated();
    await load(db, 'PE-PADRON-RUC.csv', PADRON, range(0, 60).map(padronRow));
    await load(db, 'PE-BENEFICIARIO-FINAL.csv', OWNERS, range(0, 60).map(ownerRow));
    await runFullResolution(db);
    const before = await entityQueries.list(db, { limit: 1000 });
    await runFullResolution(db);
    assert.deepEqual(
      await entityQueries.list(db, { limit: 1000 }).then((list) => list.map((e) => e.id)),
      before.map((e) => e.id),
    );
    const a = `PE-PADRON-RUC/PE:RUC:${rucOf(dniOf(7))}`;
    const b = `PE-BENEFICIARIO-FINAL/PE:DNI:${dniOf(7)}`;
    const merged = await entityQueries.find(db, a);
    await entityRepository.judge(db, a, b, 'REJECT', 'two people, one DNI typed twice');
    for (let run = 0; run < 2; run++) {
      await runFullResolution(db);
      const left = await entityQueries.find(db, a);
      const right = await entityQueries.find(db, b);
      assert.ok(left && right && merged);
      assert.notEqual(left.id, right.id);
      assert.ok([left.id, right.id].includes(merged.id), 'one side keeps the old id');
    }
  });

  it('stores an analyst-confirmed link with its own flag, in a full and an incremental run', async () => {
    const db = await engine.openMigrated();
    await load(db, 'PE-PADRON-RUC.csv', PADRON, range(0, 60).map(padronRow));
    await load(db, 'PE-BENEFICIARIO-FINAL.csv', OWNERS, range(0, 50).map(ownerRow));
    const padron = (i: number): string => `PE-PADRON-RUC/PE:RUC:${rucOf(dniOf(i))}`;
    await entityRepository.judge(db, padron(1), padron(2), 'CONFIRM', null);
    await runFullResolution(db);
    await load(db, 'PE-BENEFICIARIO-FINAL-2.csv', OWNERS, range(50, 60).map(ownerRow));
    // A batch record and the stored record it would join anyway: the confirmation takes the place of the score.
    await entityRepository.judge(
      db,
      `PE-BENEFICIARIO-FINAL/PE:DNI:${dniOf(55)}`,
      padron(55),
      'CONFIRM',
      null,
    );
    await runIncrementalResolution(db);
    for (const [i, other] of [
      [1, padron(2)],
      [55, `PE-BENEFICIARIO-FINAL/PE:DNI:${dniOf(55)}`],
    ] as const) {
      const entity = await entityQueries.find(db, padron(i));
      assert.ok(entity);
      const links = await entityQueries.links(db, entity.id);
      const confirmed = links.filter((link) => link.confirmedByAnalyst);
      assert.deepEqual(
        confirmed.map((link) => [link.recordA, link.recordB].sort()),
        [[padron(i), other].sort()],
      );
      if (i === 1) assert.equal(links.length, 3, 'two scored links beside the confirmed one');
      const details = await entityDetails(db, padron(i));
      const explained = details?.links.find((link) => link.explanation.confirmedByAnalyst);
      assert.ok(explained);
      assert.deepEqual(explanationText(explained.explanation), ['confirmed by an analyst']);
    }
  });

  it('resolves a new batch against the existing entities without a full run', async () => {
    const db = await engine.openMigrated();
    await load(db, 'PE-PADRON-RUC.csv', PADRON, range(0, 60).map(padronRow));
    await load(db, 'PE-BENEFICIARIO-FINAL.csv', OWNERS, range(0, 50).map(ownerRow));
    await runFullResolution(db);
    const known = await entityQueries.find(db, `PE-PADRON-RUC/PE:RUC:${rucOf(dniOf(55))}`);
    await load(db, 'PE-BENEFICIARIO-FINAL-2.csv', OWNERS, range(50, 60).map(ownerRow));
    const summary = await runIncrementalResolution(db);
    assert.equal(summary.mode, 'incremental');
    assert.equal(summary.records, 10);
    assert.equal(summary.entities, 0, 'every new record joined an existing entity');
    const after = await entityQueries.find(db, `PE-BENEFICIARIO-FINAL/PE:DNI:${dniOf(55)}`);
    assert.equal(after?.id, known?.id);
    assert.equal(after?.memberCount, 2);
    assert.equal((await runIncrementalResolution(db)).records, 0);
  });
});
