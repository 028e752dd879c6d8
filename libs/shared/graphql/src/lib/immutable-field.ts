import { Extensions } from '@nestjs/graphql';

/** How far a field's value can still move once what it belongs to is published. */
export enum Stability {
  /** Never again: a published release's data (the database refuses any change to it), the process's fixed keyring. */
  IMMUTABLE = 'IMMUTABLE',
  /** Once more, to a terminal value: a release's status (PUBLISHED becomes SUPERSEDED). */
  SETTLES_ONCE = 'SETTLES_ONCE',
  /**
   * A query field naming the release in force: another release after each publication, and between publications
   * the same one, so its answer can be kept under that release's version.
   */
  FOLLOWS_PUBLICATION = 'FOLLOWS_PUBLICATION',
}

const STABILITY = 'concordStability';

/**
 * Marks a field, beside its declaration, as one whose value cannot change once the release it belongs to is published
 * (for a query field: one that, for the same arguments, always names the same such thing). The release pull cache
 * keeps whole responses made only of marked fields, reading the marks from the schema's field extensions; an
 * unmarked field makes an operation uncacheable, so a field added later is safe until someone decides otherwise.
 */
export const Immutable = () => Extensions({ [STABILITY]: Stability.IMMUTABLE });

/** Marks a field that still changes once after publication (see Stability.SETTLES_ONCE). */
export const SettlesOnce = () => Extensions({ [STABILITY]: Stability.SETTLES_ONCE });

/** Marks a query field whose answer is the release in force (see Stability.FOLLOWS_PUBLICATION). */
export const FollowsPublication = () => Extensions({ [STABILITY]: Stability.FOLLOWS_PUBLICATION });

/** A schema field's mark, if it has one. */
export function stabilityOf(field: { extensions?: Readonly<Record<string, unknown>> | null }): Stability | undefined {
  const stability = field.extensions?.[STABILITY];
  return Object.values(Stability).includes(stability as Stability) ? (stability as Stability) : undefined;
}
