import { graphql } from '../../graphql';

export const BALLOTS_OVERVIEW = graphql(`
  query BallotsOverview($delegation: Boolean!, $filter: BallotFilter, $first: Int, $after: String) {
    myPendingBallots @include(if: $delegation) {
      id
      closesAt
      rule
      proposal { id reference revision { title } }
    }
    ballots(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          status
          rule
          closesAt
          closedAt
          outcome
          proposal { id reference revision { title } }
          positions { state { id } position }
        }
      }
    }
  }
`);

export const BALLOT_PAGE = graphql(`
  query BallotPage($id: ID!) {
    me {
      state {
        id
        actingHeads { id current delegate { id } }
      }
    }
    ballot(id: $id) {
      id
      status
      rule
      quorum
      threshold
      revision
      openedAt
      closesAt
      closedAt
      cancelReason
      outcome
      outcomeReason
      eligibleCount
      eligibleStates { id code name }
      proposal { id reference revision { number title } }
      positions {
        state { id code name }
        position
        statement
        castAt
        castCapacity
        castBy { id displayName }
        history { position statement castAt castCapacity castBy { id displayName } }
      }
      tally { support abstain object reservation notVoted eligible }
      verdictIfClosedNow { outcome reason tally { support abstain object reservation notVoted eligible } }
    }
  }
`);

export const CAST_POSITION = graphql(`
  mutation CastPosition($input: CastPositionInput!) {
    castPosition(input: $input) {
      position
      statement
      castAt
      state { id code name }
      history { position statement castAt }
    }
  }
`);

export const BALLOT_EVENTS = graphql(`
  subscription BallotEvents($proposalId: ID) {
    ballotEvents(proposalId: $proposalId) { type ballotId proposalId stateId position outcome }
  }
`);
