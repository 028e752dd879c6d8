import { graphql } from '../../graphql';

export const LIST_RELEASES = graphql(`
  query ListReleases {
    releases(first: 100) {
      totalCount
      edges { node { version status publishedAt effectiveFrom entryCount } }
    }
  }
`);

export const LIST_VOCABULARY = graphql(`
  query ListVocabularyTerms {
    listVocabulary { reasons { code name } regimes { code name } }
  }
`);

export const LIST_ENTRIES = graphql(`
  query ListEntries($version: String!, $filter: EntryFilter, $first: Int, $after: String) {
    release(version: $version) {
      version
      entries(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo { endCursor hasNextPage }
        edges { cursor node { code heading status reasons } }
      }
    }
  }
`);

export const ENTRY_PAGE = graphql(`
  query EntryPage($version: String!, $code: String!) {
    release(version: $version) {
      version
      status
      authenticLanguages
      definitions { term text }
      entry(code: $code) {
        code
        heading
        headingTexts { language text status stale recordedBy }
        status
        category
        productGroup
        reasons
        definitions
        paragraphs { position path kind text texts { language text status stale recordedBy } }
        relatedControls { text references { regime code } }
        correlations { scheme code relation }
      }
    }
    entryHistory(code: $code) { version publishedAt effectiveFrom change proposal }
    listVocabulary { reasons { code name } regimes { code name } }
  }
`);

export const RELEASE_PAGE = graphql(`
  query ReleasePage($version: String!) {
    release(version: $version) {
      version
      status
      source
      publishedAt
      effectiveFrom
      digest
      authenticLanguages
      entryCount
      changes { subject code term kind proposal proposals }
    }
  }
`);

export const RELEASE_COMPARE = graphql(`
  query ReleaseCompare($from: String!, $to: String!) {
    releaseDiff(from: $from, to: $to) {
      from
      to
      changes {
        subject
        code
        term
        kind
        before
        after
        proposals
        redline {
          fields { field change segments { kind text } }
          paragraphs { path kind change segments { kind text } texts { language change segments { kind text } } }
        }
        meaning {
          meanings
          parameters { path direction before { text } after { text } }
          renumbered { oldPath newPath }
        }
      }
    }
  }
`);
