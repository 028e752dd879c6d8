import { useT } from '../../app/i18n/use-t';
import type { ReleaseCompareQuery } from '../../graphql/graphql';

type Meaning = ReleaseCompareQuery['releaseDiff']['changes'][number]['meaning'];

/** A change's meaning as labelled badges, with the moved thresholds and renumbered paths that justify them. */
export function ChangeMeaning({ meaning }: { meaning: Meaning }) {
  const t = useT();
  return (
    <div className="change-meaning">
      <ul className="badges" aria-label={t('list.meaning.label')}>
        {meaning.meanings.map((name) => (
          <li key={name} className={`badge meaning-${name.toLowerCase()}`}>
            {t(`list.meaning.${name}`)}
          </li>
        ))}
      </ul>
      {meaning.parameters.length > 0 && (
        <>
          <h4>{t('list.meaning.parameters')}</h4>
          <ul>
            {meaning.parameters.map((parameter, i) => (
              <li key={`${parameter.path} ${i}`}>
                {t('list.meaning.parameter', {
                  path: parameter.path,
                  before: parameter.before.text,
                  after: parameter.after.text,
                  direction: t(`list.meaning.${parameter.direction}`),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {meaning.renumbered.length > 0 && (
        <>
          <h4>{t('list.meaning.renumbered')}</h4>
          <ul>
            {meaning.renumbered.map((row) => (
              <li key={`${row.oldPath} ${row.newPath}`}>{t('list.meaning.renumbering', { oldPath: row.oldPath, newPath: row.newPath })}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
