import type { Database } from '../../store/engine/database.js';
import { entityRepository } from '../../store/entities/entity-repository.js';
import { loadLayout } from './load-layout.js';

/** The register's company, the cadastre's right and the right's holder, as named-subjects.ts loads them. */
export const NAMED = {
  company: 'PE:RUC:20131312955',
  holder: 'PE:RUC:10412345679',
  right: 'PE:MR:650001122',
} as const;

/**
 * A company in the taxpayer register (Minera Ñuñoa S.A.C.), and a right in the cadastre
 * (LA ESPERANZA Nº 2) held by a person the cadastre names (Peña Quispe Juan).
 */
export async function loadNamedSubjects(db: Database): Promise<void> {
  await loadLayout(db, 'PE-PADRON-RUC', [
    '20131312955;Minera Ñuñoa S.A.C.;SOCIEDAD ANONIMA CERRADA;ACTIVO;HABIDO;10/08/2017;07290;JR. LIMA 1246;MADRE DE DIOS;;;',
  ]);
  await loadLayout(db, 'PE-CATASTRO', [
    '650001122;LA ESPERANZA Nº 2;Peña Quispe Juan;10412345679;TITULADO;METALICA;480;MADRE DE DIOS;MANU;HUEPETUHE;03/02/2015;POLYGON((-70.5 -12.9, -70.48 -12.9, -70.48 -12.88, -70.5 -12.88, -70.5 -12.9))',
  ]);
}

/** Stores one resolved entity holding a layout's party record, as a resolution run writes it. */
export async function resolveAs(db: Database, layout: string, recordId: string, name: string): Promise<void> {
  await db.transaction(async (tx) => {
    const run = await entityRepository.startRun(tx, 'full');
    const entity = `ENT-${recordId}`;
    await entityRepository.insert(
      tx,
      run,
      [{ id: entity, kind: 'ORGANISATION', name, country: 'PE', identifiers: [recordId], memberCount: 1 }],
      [{ recordKey: `${layout}/${recordId}`, layout, recordId, entityId: entity }],
      [],
      [],
    );
  });
}
