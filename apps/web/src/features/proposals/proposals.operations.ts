import { graphql } from '../../graphql';

export const PROPOSAL_LIST = graphql(`
  query ProposalList($status: ProposalStatus, $statuses: [ProposalStatus!], $sponsor: String, $code: String, $search: String, $first: Int, $after: String) {
    proposals(status: $status, statuses: $statuses, sponsor: $sponsor, code: $code, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges {
        cursor
        node { id reference status currentRevision submittedAt commentCount sponsor { id code name } revision { number title } }
      }
    }
  }
`);

export const PROPOSAL_FILTER_STATES = graphql(`
  query ProposalFilterStates {
    participatingStates { id code name }
  }
`);

export const PROPOSAL_PAGE = graphql(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      id
      reference
      status
      currentRevision
      baseReleaseVersion
      createdAt
      submittedAt
      decidedAt
      commentCount
      sponsor { id code name }
      cosponsors { id code name }
      revision {
        number
        title
        rationale
        justification { humanRightsRisk evidenceOfMisuse foreignAvailability controllability clarity }
        changes {
          index
          kind
          code
          term
          redline {
            fields { field change segments { kind text } }
            paragraphs { path kind change segments { kind text } texts { language change segments { kind text } } }
          }
        }
      }
      revisions { number title createdAt baseReleaseVersion author { id displayName } }
      ballots { id status outcome outcomeReason revision openedAt closesAt closedAt }
    }
  }
`);

export const PROPOSAL_REVISION_TEXTS = graphql(`
  query ProposalRevisionTexts($id: ID!) {
    proposal(id: $id) {
      id
      revisions {
        number
        title
        changes {
          index
          kind
          code
          term
          entry { code heading status reasons paragraphs { path kind text } }
          definition { term text }
        }
      }
    }
  }
`);


export const SUBMIT_PROPOSAL = graphql(`
  mutation SubmitProposal($input: ProposalActionInput!) {
    submitProposal(input: $input) { id status currentRevision submittedAt cosponsors { id code name } }
  }
`);

export const WITHDRAW_PROPOSAL = graphql(`
  mutation WithdrawProposal($input: ProposalActionInput!) {
    withdrawProposal(input: $input) { id status currentRevision cosponsors { id code name } }
  }
`);

export const JOIN_PROPOSAL = graphql(`
  mutation JoinProposal($input: ProposalActionInput!) {
    joinProposal(input: $input) { id status currentRevision cosponsors { id code name } }
  }
`);

export const LEAVE_PROPOSAL = graphql(`
  mutation LeaveProposal($input: ProposalActionInput!) {
    leaveProposal(input: $input) { id status currentRevision cosponsors { id code name } }
  }
`);

export const PROPOSAL_EVENTS = graphql(`
  subscription ProposalEvents {
    proposalEvents { proposalId reference revision status type occurredAt }
  }
`);

