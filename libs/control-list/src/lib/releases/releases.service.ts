import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { EntityManager, In } from 'typeorm';
import { ENGLISH } from '../languages/languages';
import { AccessPolicy, Actor, Permission } from '@concord/auth';
import { ReadReplicas } from '@concord/shared/db';
import { Connection, decodeCursor, groupByKeys, notFound, PageArgs, pageSize, toConnection } from '@concord/shared/graphql';
import type { ListDocument } from '../list-document';
import { ReleaseDefinitionEntity } from '../snapshots/release-definition.entity';
import { RELEASED_STATUSES, ReleaseEntity, ReleaseStatus } from '../snapshots/release.entity';
import { VERSION_ORDER_SQL } from '../snapshots/release-version';
import { readSnapshot } from '../snapshots/snapshot-reader';
import { ControlListErrorReason } from '../control-list-error-reason';
import { ReleaseContentCheck } from './release-content-check';

/** Released versions only: drafts are the secretariat's work in progress, not the list anyone enforces. */

@Injectable()
export class ReleasesService {
  constructor(
    private readonly replicas: ReadReplicas,
    private readonly access: AccessPolicy,
    private readonly content: ReleaseContentCheck,
  ) {}

  private released(db: EntityManager) {
    return db.getRepository(ReleaseEntity).createQueryBuilder('release').where('release.status IN (:...released)', { released: RELEASED_STATUSES });
  }

  /** The list in force: the newest published release; null before the baseline is imported. */
  async latest(actor: Actor): Promise<ReleaseEntity | null> {
    this.access.assert(actor, Permission.READ_RELEASES);
    return this.replicas.read((db) =>
      this.released(db)
        .andWhere('release.status = :published', { published: ReleaseStatus.PUBLISHED })
        .orderBy(VERSION_ORDER_SQL('release.version'), 'DESC')
        .getOne(),
    );
  }

  async byVersion(actor: Actor, version: string): Promise<ReleaseEntity> {
    this.access.assert(actor, Permission.READ_RELEASES);
    const release = await this.replicas.read((db) => this.released(db).andWhere('release.version = :version', { version }).getOne());
    if (!release) throw notFound('Release', version, ControlListErrorReason.RELEASE_NOT_FOUND);
    return release;
  }

  /** Newest first. */
  async list(actor: Actor, args: PageArgs): Promise<Connection<ReleaseEntity>> {
    this.access.assert(actor, Permission.READ_RELEASES);
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, 1);
    const [totalCount, rows] = await this.replicas.read(async (db) => {
      const query = this.released(db);
      const count = await query.getCount();
      if (after) {
        query.andWhere(`${VERSION_ORDER_SQL('release.version')} < ${VERSION_ORDER_SQL(':after')}`, { after: String(after[0]) });
      }
      return [count, await query.orderBy(VERSION_ORDER_SQL('release.version'), 'DESC').limit(size + 1).getMany()] as const;
    });
    return toConnection(rows, size, totalCount, (release) => [release.version], (release) => release);
  }

  async definitions(actor: Actor, releaseId: string, loader: DataLoader<string, ReleaseDefinitionEntity[]>): Promise<ReleaseDefinitionEntity[]> {
    this.access.assert(actor, Permission.READ_RELEASES);
    await this.content.assertIntact(releaseId);
    return loader.load(releaseId);
  }

  /** Per-request loader for `Release.definitions`: a page of releases reads its definitions in one statement. */
  readonly definitionsByRelease = () =>
    new DataLoader<string, ReleaseDefinitionEntity[]>(async (releaseIds) => {
      const rows = await this.replicas.read((db) =>
        db.getRepository(ReleaseDefinitionEntity).find({ where: { releaseId: In([...releaseIds]) }, order: { releaseId: 'ASC', position: 'ASC' } }),
      );
      return groupByKeys(releaseIds, rows, (row) => row.releaseId);
    });

  /** The whole release in Concord's list format, as `concord export` writes it. */
  async document(actor: Actor, version: string): Promise<ListDocument> {
    const release = await this.byVersion(actor, version);
    await this.content.assertIntact(release.id);
    return this.replicas.read((db) => readSnapshot(db, release));
  }

  /** Per-request loader for `Release.entryCount`. */
  readonly entryCounts = () =>
    new DataLoader<string, number>(async (releaseIds) => {
      const rows = await this.replicas.read((db) =>
        db.query<{ release_id: string; count: number }[]>(
          `SELECT release_id, count(*)::int AS count FROM release_entry WHERE release_id = ANY($1::uuid[]) GROUP BY release_id`,
          [[...releaseIds]],
        ),
      );
      const counts = new Map(rows.map((row) => [row.release_id, row.count]));
      return releaseIds.map((id) => counts.get(id) ?? 0);
    });

  /** Per-request loader for `Release.authenticLanguages`: English, then every language the release carries authentic texts in. */
  readonly authenticLanguages = () =>
    new DataLoader<string, string[]>(async (releaseIds) => {
      const rows = await this.replicas.read((db) =>
        db.query<{ release_id: string; language: string }[]>(
          `SELECT DISTINCT release_id, language FROM (
             SELECT release_id, language FROM release_paragraph_text WHERE release_id = ANY($1::uuid[])
             UNION ALL SELECT release_id, language FROM release_heading_text WHERE release_id = ANY($1::uuid[])
             UNION ALL SELECT release_id, language FROM release_definition_text WHERE release_id = ANY($1::uuid[])
           ) texts ORDER BY release_id, language`,
          [[...releaseIds]],
        ),
      );
      return releaseIds.map((id) => [ENGLISH, ...rows.filter((row) => row.release_id === id).map((row) => row.language)]);
    });
}
