import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Immutable, Loaders, RequestLoaders } from '@concord/shared/graphql';
import { EntryParts } from '../snapshots/entry-reader';
import { CustomsCorrelation } from './customs-correlation.model';
import { EntriesService } from './entries.service';
import { Entry } from './entry.model';
import { Paragraph } from './paragraph.model';
import { RelatedControls } from './related-controls.model';

/** An entry's nested lists, batch-loaded per request (the entry itself was already authorised). */
@Resolver(() => Entry)
export class EntriesResolver {
  constructor(private readonly entries: EntriesService) {}

  @Immutable()
  @ResolveField(() => [Paragraph], { description: 'In document order.' })
  async paragraphs(@Parent() entry: Entry, @Loaders() loaders: RequestLoaders): Promise<Paragraph[]> {
    // A paragraph's stored position is its index in the entry: the snapshot writer numbers them so.
    return (await this.partsOf(entry, loaders)).paragraphs.map(({ texts: _texts, ...paragraph }, position) => ({
      position,
      releaseId: entry.releaseId,
      entryCode: entry.code,
      ...paragraph,
    }));
  }

  @Immutable()
  @ResolveField(() => RelatedControls)
  async relatedControls(@Parent() entry: Entry, @Loaders() loaders: RequestLoaders): Promise<RelatedControls> {
    return { text: entry.relatedControlsText, references: (await this.partsOf(entry, loaders)).references };
  }

  @Immutable()
  @ResolveField(() => [CustomsCorrelation])
  async correlations(@Parent() entry: Entry, @Loaders() loaders: RequestLoaders): Promise<CustomsCorrelation[]> {
    return (await this.partsOf(entry, loaders)).correlations;
  }

  private partsOf(entry: Entry, loaders: RequestLoaders): Promise<EntryParts> {
    return loaders.get(this.entries.parts).load({ releaseId: entry.releaseId, code: entry.code });
  }
}
