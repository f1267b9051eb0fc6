// The GraphQL operations the islands send from the browser: the request form's mutation and the
// status look-up's query. GraphQL Code Generator turns them into typed documents in
// site/graphql/generated/graphql.ts; code imports those constants directly (not through
// `graphql()`), so each island bundles only the documents it sends.
import { graphql } from '../../graphql/generated';

export const SubmitServiceRequestMutation = graphql(`
  mutation SubmitServiceRequest($input: SubmitServiceRequestInput!) {
    submitServiceRequest(input: $input) {
      reference
      status
      statusLabel
      submittedAt
      nextSteps {
        confirmationText
        responseTime
      }
    }
  }
`);

export const ServiceRequestStatusQuery = graphql(`
  query ServiceRequestStatus($reference: String!, $email: String!, $locale: String) {
    serviceRequestStatus(reference: $reference, email: $email, locale: $locale) {
      reference
      status
      statusLabel
      formTitle
      submittedAt
      updatedAt
      publicNotes
      events {
        kind
        status
        at
        publicNote
        detail
      }
    }
  }
`);
