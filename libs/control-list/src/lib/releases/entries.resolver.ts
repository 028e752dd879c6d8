import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Immutable, Loaders, RequestLoaders } from '@concord/shared/graphql';
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
    return loaders.get(this.entries.paragraphs).load({ releaseId: entry.releaseId, code: entry.code });
  }

  @Immutable()
  @ResolveField(() => RelatedControls)
  async relatedControls(@Parent() entry: Entry, @Loaders() loaders: RequestLoaders): Promise<RelatedControls> {
    const references = await loaders.get(this.entries.references).load({ releaseId: entry.releaseId, code: entry.code });
    return { text: entry.relatedControlsText, references };
  }

  @Immutable()
  @ResolveField(() => [CustomsCorrelation])
  async correlations(@Parent() entry: Entry, @Loaders() loaders: RequestLoaders): Promise<CustomsCorrelation[]> {
    return loaders.get(this.entries.correlations).load({ releaseId: entry.releaseId, code: entry.code });
  }
}
