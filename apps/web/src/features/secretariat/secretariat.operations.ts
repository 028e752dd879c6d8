import { graphql } from '../../graphql';

export const IN_PROCESS = graphql(`
  query InProcess($statuses: [ProposalStatus!], $first: Int, $after: String) {
    proposals(statuses: $statuses, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          reference
          status
          currentRevision
          sponsor { code name }
          revision { title }
          ballot { id status closesAt rule }
        }
      }
    }
  }
`);

export const OPEN_BALLOT = graphql(`
  mutation OpenBallotFromConsole($input: OpenBallotInput!) {
    openBallot(input: $input) { id status closesAt }
  }
`);

export const EXTEND_BALLOT = graphql(`
  mutation ExtendBallotFromConsole($input: ExtendBallotInput!) {
    extendBallot(input: $input) { id closesAt }
  }
`);

export const CLOSE_BALLOT = graphql(`
  mutation CloseBallotFromConsole($input: CloseBallotInput!) {
    closeBallot(input: $input) { id status outcome }
  }
`);

export const CANCEL_BALLOT = graphql(`
  mutation CancelBallotFromConsole($input: CancelBallotInput!) {
    cancelBallot(input: $input) { id status }
  }
`);

export const RETURN_PROPOSAL = graphql(`
  mutation ReturnProposalFromConsole($input: ReturnProposalInput!) {
    returnProposal(input: $input) { id status }
  }
`);
