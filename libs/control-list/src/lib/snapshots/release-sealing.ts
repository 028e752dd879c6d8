import { DataSource, EntityManager } from 'typeorm';
import { ReleaseEntity } from './release.entity';

/**
 * Seals a release that has just been published, inside the publishing transaction: its changelog, its canonical
 * document and the signature over it. The releases lib does this (it holds the signing key); this lib cannot depend
 * on it, so the sealer is registered per data source, which reaches every importer of that database: the API's, the
 * first-start seed's and the CLI's.
 */
export interface ReleaseSealer {
  seal(manager: EntityManager, release: ReleaseEntity): Promise<unknown>;
}

const sealers = new WeakMap<DataSource, ReleaseSealer>();

export function registerReleaseSealer(db: DataSource, sealer: ReleaseSealer): void {
  sealers.set(db, sealer);
}

export function releaseSealerOf(db: DataSource): ReleaseSealer | undefined {
  return sealers.get(db);
}
