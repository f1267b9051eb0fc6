// The queries the content loader sends. Each list query takes a locale and a page so the loader can
// page through everything; repeatable components ask for the API's maximum (100) in one go. The
// status stays PUBLISHED except in the publisher's preview, the one reader the CMS lets ask for DRAFT.
import { graphql } from './generated';

export const DepartmentsPageQuery = graphql(`
  query DepartmentsPage($locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!, $filters: DepartmentFiltersInput, $status: PublicationStatus = PUBLISHED) {
    departments_connection(locale: $locale, filters: $filters, status: $status, pagination: { page: $page, pageSize: $pageSize }, sort: ["slug:asc"]) {
      nodes {
        documentId
        locale
        updatedAt
        slug
        name
        summary
        body
        goals(pagination: { limit: 100 }) {
          text
        }
        divisions(pagination: { limit: 100 }) {
          key
          name
          summary
          responsibilities(pagination: { limit: 100 }) {
            text
          }
        }
        documents(pagination: { limit: 100 }) {
          title
          description
          url
          file {
            url
            name
            ext
            size
          }
        }
        contact {
          phone
          email
          address
          hours
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

export const ServicesPageQuery = graphql(`
  query ServicesPage($locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!, $filters: ServiceFiltersInput, $status: PublicationStatus = PUBLISHED) {
    services_connection(locale: $locale, filters: $filters, status: $status, pagination: { page: $page, pageSize: $pageSize }, sort: ["slug:asc"]) {
      nodes {
        documentId
        locale
        updatedAt
        slug
        title
        summary
        body
        audience
        topic
        keywords
        timeToComplete
        department {
          slug
          name
        }
        serviceForm {
          code
          title
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

export const PagesPageQuery = graphql(`
  query PagesPage($locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!, $filters: PageFiltersInput, $status: PublicationStatus = PUBLISHED) {
    pages_connection(locale: $locale, filters: $filters, status: $status, pagination: { page: $page, pageSize: $pageSize }, sort: ["slug:asc"]) {
      nodes {
        documentId
        locale
        updatedAt
        slug
        title
        summary
        body
      }
      pageInfo {
        page
        pageCount
        total
      }
    }
  }
`);

export const AlertsPageQuery = graphql(`
  query AlertsPage($locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!, $filters: AlertFiltersInput, $status: PublicationStatus = PUBLISHED) {
    alerts_connection(locale: $locale, filters: $filters, status: $status, pagination: { page: $page, pageSize: $pageSize }, sort: ["startsAt:desc", "documentId:asc"]) {
      nodes {
        documentId
        locale
        updatedAt
        message
        severity
        startsAt
        endsAt
      }
      pageInfo {
        page
        pageCount
        total
      }
    }
  }
`);

export const GlobalQuery = graphql(`
  query Global($locale: I18NLocaleCode!, $status: PublicationStatus = PUBLISHED) {
    global(locale: $locale, status: $status) {
      documentId
      locale
      updatedAt
      siteName
      tagline
      navigation(pagination: { limit: 100 }) {
        label
        href
        purpose
      }
      footerLinks(pagination: { limit: 100 }) {
        label
        href
        purpose
      }
    }
  }
`);

/** When a question, step or exit page applies: one selection for all of them. */
export const ConditionFragment = graphql(`
  fragment Condition on ComponentFormFlowShowWhen {
    question
    operator
    values
  }
`);

/** The service forms' definitions, from which each request page renders its form. */
export const ServiceFormsPageQuery = graphql(`
  query ServiceFormsPage($locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!, $filters: ServiceFormFiltersInput, $status: PublicationStatus = PUBLISHED) {
    serviceForms_connection(locale: $locale, filters: $filters, status: $status, pagination: { page: $page, pageSize: $pageSize }, sort: ["code:asc"]) {
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
        onePerPage
        steps(pagination: { limit: 100 }) {
          title
          startsAt
          showWhen {
            ...Condition
          }
        }
        exitPages(pagination: { limit: 100 }) {
          title
          body
          showWhen {
            ...Condition
          }
        }
        fields {
          __typename
          ... on ComponentFormFieldShortText {
            key
            label
            hint
            required
            showWhen {
              ...Condition
            }
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
            showWhen {
              ...Condition
            }
            minLength
            maxLength
          }
          ... on ComponentFormFieldEmail {
            key
            label
            hint
            required
            showWhen {
              ...Condition
            }
          }
          ... on ComponentFormFieldPhone {
            key
            label
            hint
            required
            showWhen {
              ...Condition
            }
          }
          ... on ComponentFormFieldNumber {
            key
            label
            hint
            required
            showWhen {
              ...Condition
            }
            min
            max
            integer
          }
          ... on ComponentFormFieldDate {
            key
            label
            hint
            required
            showWhen {
              ...Condition
            }
            minDate
            maxDate
          }
          ... on ComponentFormFieldSingleChoice {
            key
            label
            hint
            required
            showWhen {
              ...Condition
            }
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
            showWhen {
              ...Condition
            }
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
            showWhen {
              ...Condition
            }
          }
          ... on ComponentFormFieldAddress {
            key
            label
            hint
            required
            showWhen {
              ...Condition
            }
          }
          ... on ComponentFormFieldLocation {
            key
            label
            hint
            required
            showWhen {
              ...Condition
            }
          }
          ... on ComponentFormFieldFileUpload {
            key
            label
            hint
            required
            showWhen {
              ...Condition
            }
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

// What changed since the last publish: every entry's id and its last update and publication, a
// small answer the publisher compares with what it already has, so a publish fetches only those.
// The preview asks for the drafts' stamps too (`status: DRAFT`) to read only the drafts that changed.
export const DepartmentsStampsQuery = graphql(`
  query DepartmentsStamps($locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!, $status: PublicationStatus = PUBLISHED) {
    departments_connection(locale: $locale, status: $status, pagination: { page: $page, pageSize: $pageSize }, sort: ["documentId:asc"]) {
      nodes {
        documentId
        updatedAt
        publishedAt
      }
      pageInfo {
        pageCount
      }
    }
  }
`);

export const ServicesStampsQuery = graphql(`
  query ServicesStamps($locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!, $status: PublicationStatus = PUBLISHED) {
    services_connection(locale: $locale, status: $status, pagination: { page: $page, pageSize: $pageSize }, sort: ["documentId:asc"]) {
      nodes {
        documentId
        updatedAt
        publishedAt
      }
      pageInfo {
        pageCount
      }
    }
  }
`);

export const PagesStampsQuery = graphql(`
  query PagesStamps($locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!, $status: PublicationStatus = PUBLISHED) {
    pages_connection(locale: $locale, status: $status, pagination: { page: $page, pageSize: $pageSize }, sort: ["documentId:asc"]) {
      nodes {
        documentId
        updatedAt
        publishedAt
      }
      pageInfo {
        pageCount
      }
    }
  }
`);

export const AlertsStampsQuery = graphql(`
  query AlertsStamps($locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!, $status: PublicationStatus = PUBLISHED) {
    alerts_connection(locale: $locale, status: $status, pagination: { page: $page, pageSize: $pageSize }, sort: ["documentId:asc"]) {
      nodes {
        documentId
        updatedAt
        publishedAt
      }
      pageInfo {
        pageCount
      }
    }
  }
`);

export const ServiceFormsStampsQuery = graphql(`
  query ServiceFormsStamps($locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!, $status: PublicationStatus = PUBLISHED) {
    serviceForms_connection(locale: $locale, status: $status, pagination: { page: $page, pageSize: $pageSize }, sort: ["documentId:asc"]) {
      nodes {
        documentId
        updatedAt
        publishedAt
      }
      pageInfo {
        pageCount
      }
    }
  }
`);

/** The "How we're doing" figures of one language: aggregates only (cms/src/api/performance). */
export const ServicePerformanceQuery = graphql(`
  query ServicePerformance($locale: I18NLocaleCode!) {
    servicePerformance(locale: $locale) {
      timeZone
      months
      services {
        formCode
        title
        serviceSlug
        months {
          month
          received
          resolved
          medianDaysToResolve
          resolvedWithTarget
          resolvedWithinTarget
          shareWithinTarget
        }
      }
    }
  }
`);
