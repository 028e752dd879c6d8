import { graphql } from '../../graphql';

export const IMPLEMENTATION_MATRIX = graphql(`
  query ImplementationMatrix($first: Int, $after: String) {
    implementationMatrix(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      states { id code name }
      rows {
        release { version }
        cells { state { id } status legalReference entryIntoForce deviationCount revision }
      }
    }
  }
`);

export const IMPLEMENTATION_DETAIL = graphql(`
  query ImplementationDetail($version: String!) {
    release(version: $version) {
      version
      implementations {
        state { id code name }
        status
        legalReference
        entryIntoForce
        revision
        recordedAt
        recordedBy { id displayName }
        deviations { entryCode reason explanation }
      }
    }
  }
`);

export const RECORD_IMPLEMENTATION = graphql(`
  mutation RecordImplementation($input: RecordImplementationInput!) {
    recordImplementation(input: $input) {
      status
      legalReference
      entryIntoForce
      revision
      recordedAt
      deviationCount
      state { id code name }
      release { version }
      deviations { entryCode reason explanation }
    }
  }
`);
