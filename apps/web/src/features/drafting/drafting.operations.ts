import { graphql } from '../../graphql';

export const DRAFTING_VOCABULARY = graphql(`
  query DraftingVocabulary {
    latestRelease { version definitions { term text } }
    listVocabulary { reasons { code name } regimes { code name } customsSchemes { code codeLengths } }
  }
`);

export const DRAFTING_BASE_ENTRY = graphql(`
  query DraftingBaseEntry($version: String!, $code: String!) {
    release(version: $version) {
      version
      entry(code: $code) {
        code heading status reasons definitions
        paragraphs { path kind text }
        relatedControls { text references { regime code } }
        correlations { scheme code relation }
      }
    }
  }
`);

export const DRAFTING_BASE_DEFINITIONS = graphql(`
  query DraftingBaseDefinitions($version: String!) {
    release(version: $version) { version definitions { term text } }
  }
`);

export const DRAFTING_PROPOSAL = graphql(`
  query DraftingProposal($id: ID!) {
    proposal(id: $id) {
      id reference status currentRevision baseReleaseVersion
      sponsor { code }
      revision {
        number title rationale
        justification { humanRightsRisk evidenceOfMisuse foreignAvailability controllability clarity }
        changes {
          index kind code term
          definition { term text }
          entry {
            code heading status reasons definitions
            paragraphs { path kind text }
            relatedControls { text references { regime code } }
            correlations { scheme code relation }
          }
        }
      }
    }
  }
`);

export const VALIDATE_DRAFT = graphql(`
  query ValidateDraftChanges($input: ValidateChangesInput!) {
    validateChanges(input: $input) { valid baseVersion warnings problems { field message } }
  }
`);

export const CREATE_DRAFT = graphql(`
  mutation CreateDraftProposal($input: CreateProposalInput!) {
    createProposal(input: $input) { id reference currentRevision status }
  }
`);

export const REVISE_DRAFT = graphql(`
  mutation ReviseDraftProposal($input: ReviseProposalInput!) {
    reviseProposal(input: $input) { id reference currentRevision status }
  }
`);
