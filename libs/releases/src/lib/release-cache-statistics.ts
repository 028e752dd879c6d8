import { Injectable } from '@nestjs/common';

/** Lookups answered from memory and those that were not, as plain numbers: the hot path pays one increment. */
export class HitCount {
  hits = 0;
  misses = 0;
}

/**
 * How often the release caches answer: the signed documents (downloads) and the whole pull responses (GraphQL).
 * Counted always, since counting costs next to nothing; metrics read the numbers when they are scraped.
 */
@Injectable()
export class ReleaseCacheStatistics {
  readonly documents = new HitCount();
  readonly responses = new HitCount();
  /** Documents read and compressed on hearing of a publication or import, before any download asked for them. */
  documentsPrepared = 0;
}
