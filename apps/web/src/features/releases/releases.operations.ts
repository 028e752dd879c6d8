import { graphql } from '../../graphql';

export const RELEASES_PAGE = graphql(`
  query ReleasesPage($first: Int, $after: String) {
    releases(first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges {
        node { version status publishedAt effectiveFrom digest entryCount signature { keyId algorithm } }
      }
    }
  }
`);

export const RELEASE_EXPORT_ENTRIES = graphql(`
  query ReleaseExportEntries($version: String!, $first: Int, $after: String) {
    release(version: $version) {
      version
      entries(first: $first, after: $after) {
        totalCount
        pageInfo { endCursor hasNextPage }
        edges { node { code category productGroup heading status reasons definitions paragraphs { position path kind text } } }
      }
    }
  }
`);

export const RELEASE_PRINT = graphql(`
  query ReleasePrint($version: String!) {
    release(version: $version) {
      version
      status
      effectiveFrom
      publishedAt
      digest
      entryCount
      definitions { term text }
    }
  }
`);
