import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserEntity } from '@concord/auth';
import { ListTranslationEntity, readSnapshot, ReleaseEntity, TextKind, textDigest, TranslationsService } from '@concord/control-list';
import type { RecordedUnit } from '@concord/control-list';
import { SEED_RELEASE_VERSION } from './control-list-seed';
import { delegateEmail } from './demo-seed';
import { actorsFrom } from './demo-negotiation-seed';
import { seedOnce } from './seed-once';

const ENTRY = '5A001';

/**
 * France's translation, for information, of 5A001's heading and its IP-network surveillance items (our rendering of
 * the public-domain US text). Japan's amendment of 5A001 is under review: once adopted and published, the side-by-side
 * view shows these texts stale against the new English.
 */
const FRENCH: Record<string, string> = {
  [ENTRY]: 'Systèmes, équipements, « composants » et « accessoires » de télécommunications, comme suit (voir la liste des articles contrôlés).',
  '5A001.j':
    'Systèmes ou équipements de surveillance des communications sur réseau IP, et leurs composants « spécialement conçus », présentant toutes les caractéristiques suivantes :',
  '5A001.j.1': 'Effectuer toutes les opérations suivantes sur un réseau IP de classe opérateur (par exemple, dorsale IP de niveau national) :',
  '5A001.j.1.a': 'Analyse au niveau de la couche application (par exemple, couche 7 du modèle d’interconnexion de systèmes ouverts (OSI) (ISO/CEI 7498-1)) ;',
  '5A001.j.1.b': 'Extraction de métadonnées et de contenus applicatifs sélectionnés (par exemple, voix, vidéo, messages, pièces jointes) ; et',
  '5A001.j.1.c': 'Indexation des données extraites ; et',
  '5A001.j.2': 'Être « spécialement conçus » pour réaliser toutes les opérations suivantes :',
  '5A001.j.2.a': 'Exécution de recherches sur la base de « sélecteurs forts » ; et',
  '5A001.j.2.b': 'Cartographie du réseau relationnel d’une personne ou d’un groupe de personnes.',
};

/** Runs only while no delegation has recorded a translation, once per database (seedOnce). */
export async function seedDemoTranslations(app: INestApplicationContext, db: DataSource): Promise<number | undefined> {
  return seedOnce(
    db,
    'concord:demo-translation-seed',
    async () => !(await db.getRepository(ListTranslationEntity).exists()),
    () => seedTranslations(app, db),
  );
}

async function seedTranslations(app: INestApplicationContext, db: DataSource): Promise<number | undefined> {
  const release = await db.getRepository(ReleaseEntity).findOneBy({ version: SEED_RELEASE_VERSION });
  const entry = release && (await readSnapshot(db.manager, release, [ENTRY])).entries[0];
  if (!entry) return undefined;
  // Each text records the digest of the English it renders, as it stands in the release.
  const units: RecordedUnit[] = [{ kind: TextKind.HEADING, path: ENTRY, text: FRENCH[ENTRY], sourceDigest: textDigest(entry.heading) }];
  for (const paragraph of entry.paragraphs) {
    const french = paragraph.kind === 'ITEM' ? FRENCH[paragraph.path] : undefined;
    if (french) units.push({ kind: TextKind.ITEM, path: paragraph.path, text: french, sourceDigest: textDigest(paragraph.text) });
  }
  const actor = actorsFrom(await db.getRepository(UserEntity).find({ relations: { state: true } }));
  await app.get(TranslationsService).record(actor(delegateEmail('FR')), { language: 'fr', units });
  return units.length;
}
