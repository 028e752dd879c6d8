import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserEntity } from '@concord/auth';
import { DeviationReason, ImplementationsService, ImplementationStatus, NationalImplementationEntity } from '@concord/implementation';
import { SEED_RELEASE_VERSION } from './control-list-seed';
import { delegateEmail, headEmail } from './demo-seed';
import { actorsFrom } from './demo-negotiation-seed';
import { seedOnce } from './seed-once';

/**
 * Where the states stand with the baseline release, so the implementation matrix is not empty on a first start:
 * the United States (whose list it is) and Germany have it in force, France with one deviation, Japan and the United
 * Kingdom are transposing it. Written through the service, as each delegation would through the API, with its audit
 * events. Runs only while no state has recorded anything, once per database (seedOnce).
 */
export async function seedDemoImplementation(app: INestApplicationContext, db: DataSource): Promise<number | undefined> {
  return seedOnce(
    db,
    'concord:demo-implementation-seed',
    async () => (await db.query(`SELECT 1 FROM release WHERE version = $1`, [SEED_RELEASE_VERSION])).length > 0 && !(await db.getRepository(NationalImplementationEntity).exists()),
    () => seedImplementation(app, db),
  );
}

async function seedImplementation(app: INestApplicationContext, db: DataSource): Promise<number> {
  const actor = actorsFrom(await db.getRepository(UserEntity).find({ relations: { state: true } }));
  const implementations = app.get(ImplementationsService);
  const records = [
    {
      by: headEmail('US'),
      state: 'US',
      status: ImplementationStatus.IMPLEMENTED,
      legalReference: 'Export Administration Regulations, 15 CFR part 774, Supplement No. 1 (Commerce Control List)',
      entryIntoForce: '2026-07-23',
    },
    {
      by: delegateEmail('DE'),
      state: 'DE',
      status: ImplementationStatus.IMPLEMENTED,
      legalReference: 'Außenwirtschaftsverordnung (AWV), Anlage AL, geändert durch die Verordnung vom 14. Dezember 2026',
      entryIntoForce: '2027-01-01',
    },
    {
      by: delegateEmail('FR'),
      state: 'FR',
      status: ImplementationStatus.IMPLEMENTED_WITH_DEVIATIONS,
      legalReference: 'Décret n° 2027-112 du 3 février 2027 relatif au contrôle des biens de surveillance',
      entryIntoForce: '2027-03-01',
      deviations: [
        {
          entryCode: '5A001',
          reason: DeviationReason.NARROWER_SCOPE,
          explanation: 'Lawful interception equipment supplied to licensed network operators stays outside the national control pending the amendment under review.',
        },
      ],
    },
    { by: delegateEmail('JP'), state: 'JP', status: ImplementationStatus.IN_PROGRESS, legalReference: 'Draft Cabinet Order amending the Export Trade Control Order (METI, public comment closed)' },
    { by: headEmail('GB'), state: 'GB', status: ImplementationStatus.IN_PROGRESS },
  ];
  for (const { by, deviations = [], ...record } of records) {
    await implementations.record(actor(by), { version: SEED_RELEASE_VERSION, expectedRevision: 0, deviations, ...record });
  }
  return records.length;
}
