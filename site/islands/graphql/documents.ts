// The GraphQL operations of the request form and the status look-up, and the query that loads the
// service forms at build time. GraphQL Code Generator turns them into typed documents in
// site/graphql/generated/graphql.ts; code imports those constants directly (not through
// `graphql()`), so each island bundles only the documents it sends.
import { graphql } from '../../graphql/generated';

export const ServiceFormsPageQuery = graphql(`
  query ServiceFormsPage($locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!, $filters: ServiceFormFiltersInput) {
    serviceForms_connection(locale: $locale, filters: $filters, pagination: { page: $page, pageSize: $pageSize }, sort: ["code:asc"]) {
      nodes {
        documentId
        locale
        updatedAt
        code
        title
        introduction
        responseTime
        confirmationText
        divisionKey
        fields {
          __typename
          ... on ComponentFormFieldShortText {
            key
            label
            hint
            required
            minLength
            maxLength
            pattern
            patternDescription
          }
          ... on ComponentFormFieldLongText {
            key
            label
            hint
            required
            minLength
            maxLength
          }
          ... on ComponentFormFieldEmail {
            key
            label
            hint
            required
          }
          ... on ComponentFormFieldPhone {
            key
            label
            hint
            required
          }
          ... on ComponentFormFieldNumber {
            key
            label
            hint
            required
            min
            max
            integer
          }
          ... on ComponentFormFieldDate {
            key
            label
            hint
            required
            minDate
            maxDate
          }
          ... on ComponentFormFieldSingleChoice {
            key
            label
            hint
            required
            options(pagination: { limit: 100 }) {
              value
              label
            }
          }
          ... on ComponentFormFieldMultipleChoice {
            key
            label
            hint
            required
            minSelected
            maxSelected
            options(pagination: { limit: 100 }) {
              value
              label
            }
          }
          ... on ComponentFormFieldCheckbox {
            key
            label
            hint
            required
          }
          ... on ComponentFormFieldAddress {
            key
            label
            hint
            required
          }
          ... on ComponentFormFieldFileUpload {
            key
            label
            hint
            required
            accept
            maxSizeMb
            maxFiles
          }
          ... on Error {
            code
            message
          }
        }
      }
      pageInfo {
        page
        pageCount
        total
      }
    }
  }
`);

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
      timeline {
        status
        statusLabel
        publicNote
        at
      }
    }
  }
`);
