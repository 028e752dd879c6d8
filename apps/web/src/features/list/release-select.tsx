import type { ListReleasesQuery } from '../../graphql/graphql';
import { useT } from '../../app/i18n/use-t';

export type ReleaseNode = ListReleasesQuery['releases']['edges'][number]['node'];

/** Released versions, newest first, each saying whether it is in force; for use inside a FormField. */
export function ReleaseOptions({ releases }: { releases: readonly ReleaseNode[] }) {
  const t = useT();
  return (
    <>
      {releases.map((release) => (
        <option key={release.version} value={release.version}>
          {t(release.status === 'PUBLISHED' ? 'list.release.optionInForce' : 'list.release.option', { version: release.version })}
        </option>
      ))}
    </>
  );
}

/** The version in force: the newest published release (the list comes newest first). */
export const latestVersion = (releases: readonly ReleaseNode[]) => (releases.find((r) => r.status === 'PUBLISHED') ?? releases[0])?.version;

export const categories = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
export const productGroups = ['A', 'B', 'C', 'D', 'E'] as const;
