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

export const DRAFT_FIELDS = graphql(`
  fragment DraftFields on ReleaseDraft {
    baseVersion
    suggestedVersion
    publishable
    summary { entries active reserved definitions }
    proposals { id reference title decidedAt }
    conflicts { kind message code term proposals }
    changes {
      kind
      subject
      code
      term
      proposals
      redline {
        fields { field change segments { kind text } }
        paragraphs { path kind change segments { kind text } }
      }
    }
  }
`);

export const WORKING_DRAFT = graphql(`
  query WorkingDraft {
    workingDraft { ...DraftFields }
  }
`);

export const PREVIEW_RELEASE = graphql(`
  query PreviewNextRelease($input: PreviewReleaseInput!) {
    previewRelease(input: $input) { ...DraftFields }
  }
`);

export const PUBLISH_RELEASE = graphql(`
  mutation PublishRelease($input: PublishReleaseInput!) {
    publishRelease(input: $input) {
      version
      digest
      effectiveFrom
      entryCount
      signature { algorithm keyId value }
    }
  }
`);
