import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext, Immutable, RequestLoaders } from '@concord/shared/graphql';
import { EntryParts } from '../snapshots/entry-reader';
import { CustomsCorrelation } from './customs-correlation.model';
import { EntriesService } from './entries.service';
import { Entry } from './entry.model';
import { Paragraph } from './paragraph.model';
import { RelatedControls } from './related-controls.model';

/**
 * An entry's nested lists (the entry itself was already authorised): from the parts its page loaded, else batch-loaded
 * per request. No parameter decorators, so that Nest calls these directly rather than through its per-call context
 * wrapper: a full pull resolves them for every entry.
 */
@Resolver(() => Entry)
export class EntriesResolver {
  constructor(private readonly entries: EntriesService) {}

  @Immutable()
  @ResolveField(() => [Paragraph], { description: 'In document order.' })
  paragraphs(entry: Entry, _args: unknown, { loaders }: GraphQLContext): Paragraph[] | Promise<Paragraph[]> {
    return entry.parts ? paragraphsOf(entry, entry.parts) : this.partsOf(entry, loaders).then((parts) => paragraphsOf(entry, parts));
  }

  @Immutable()
  @ResolveField(() => RelatedControls)
  relatedControls(entry: Entry, _args: unknown, { loaders }: GraphQLContext): RelatedControls | Promise<RelatedControls> {
    const relatedControls = (parts: EntryParts) => ({ text: entry.relatedControlsText, references: parts.references });
    return entry.parts ? relatedControls(entry.parts) : this.partsOf(entry, loaders).then(relatedControls);
  }

  @Immutable()
  @ResolveField(() => [CustomsCorrelation])
  correlations(entry: Entry, _args: unknown, { loaders }: GraphQLContext): CustomsCorrelation[] | Promise<CustomsCorrelation[]> {
    return entry.parts ? entry.parts.correlations : this.partsOf(entry, loaders).then((parts) => parts.correlations);
  }

  private partsOf(entry: Entry, loaders: RequestLoaders): Promise<EntryParts> {
    return loaders.get(this.entries.parts).load({ releaseId: entry.releaseId, code: entry.code });
  }
}

/**
 * A paragraph's stored position is its index in the entry: the snapshot writer numbers them so. Its texts in other
 * languages are resolved by place (release, entry, position), with the translations beside them.
 */
function paragraphsOf(entry: Entry, parts: EntryParts): Paragraph[] {
  return parts.paragraphs.map(({ path, kind, text }, position) => ({ position, releaseId: entry.releaseId, entryCode: entry.code, path, kind, text }));
}
