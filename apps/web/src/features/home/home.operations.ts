import { graphql } from '../../graphql';

export const OVERVIEW = graphql(`
  query Overview($delegation: Boolean!) {
    latestRelease { version effectiveFrom entryCount publishedAt }
    myPendingBallots @include(if: $delegation) { id closesAt proposal { id reference revision { title } } }
    drafts: proposals(statuses: [DRAFT], first: 10) {
      totalCount
      edges { node { id reference revision { title } } }
    }
    inProcess: proposals(statuses: [UNDER_REVIEW, VOTING], first: 10) {
      totalCount
      edges { node { id reference status sponsor { code name } revision { title } } }
    }
  }
`);
