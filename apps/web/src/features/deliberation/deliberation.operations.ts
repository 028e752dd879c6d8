import { graphql } from '../../graphql';

export const DELIBERATION_COMMENTS = graphql(`
  query DeliberationComments($proposalId: ID!, $after: String) {
    proposal(id: $proposalId) {
      id
      status
      comments(first: 500, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            id
            revision
            changeIndex
            paragraphPath
            replyTo
            body
            createdAt
            editedAt
            editCount
            retracted
            retractedAt
            history { editedAt previousBody }
            author { id displayName state { id code name } }
          }
        }
      }
    }
  }
`);

export const DELIBERATION_PROPOSAL = graphql(`
  query DeliberationProposal($id: ID!) {
    proposal(id: $id) {
      id
      reference
      status
      currentRevision
      revision {
        number
        title
        changes {
          index
          kind
          code
          term
          redline {
            fields { field change segments { kind text } }
            paragraphs { path kind change segments { kind text } }
          }
        }
      }
    }
  }
`);

export const ADD_DELIBERATION_COMMENT = graphql(`
  mutation AddDeliberationComment($input: AddCommentInput!) {
    addComment(input: $input) { id revision changeIndex paragraphPath replyTo body }
  }
`);

export const EDIT_DELIBERATION_COMMENT = graphql(`
  mutation EditDeliberationComment($input: EditCommentInput!) {
    editComment(input: $input) { id body editedAt editCount history { editedAt previousBody } }
  }
`);

export const RETRACT_DELIBERATION_COMMENT = graphql(`
  mutation RetractDeliberationComment($input: RetractCommentInput!) {
    retractComment(input: $input) { id body retracted retractedAt history { editedAt previousBody } }
  }
`);

export const DELIBERATION_COMMENT_EVENTS = graphql(`
  subscription DeliberationCommentEvents($proposalId: ID!) {
    commentEvents(proposalId: $proposalId) { type commentId proposalId revision occurredAt }
  }
`);
