import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isPreviewReadCredential, PREVIEW_READ_HEADER, previewSecretFrom } from '@city/shared/preview';
import { EDITORIAL_TYPES } from './content-types';

type Resolver = (parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;
type ResolverMiddleware = (next: Resolver, parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;

interface ExtensionService {
  shadowCRUD(uid: string): { disable(): unknown; disableMutations(): unknown };
  use(extension: { resolversConfig: Record<string, { middlewares: ResolverMiddleware[] }> }): void;
}

interface GraphqlContext {
  koaContext?: { request?: { headers?: Record<string, string | string[] | undefined> } };
}

/**
 * Only the publisher rendering a preview (shared/preview) reads drafts: it proves itself with a
 * credential derived from PREVIEW_SECRET, which opens drafts to read and nothing else.
 */
const mayReadDrafts = (context: unknown): boolean =>
  isPreviewReadCredential((context as GraphqlContext | undefined)?.koaContext?.request?.headers?.[PREVIEW_READ_HEADER], previewSecretFrom(process.env));

/** Same rule as the REST `published-only` middleware: the public API never serves drafts. */
const publishedOnly: ResolverMiddleware = (next, parent, args, context, info) => {
  if (args.status !== undefined && args.status !== null && args.status !== 'published' && !mayReadDrafts(context)) {
    throw new errors.ForbiddenError('Only published content is served.');
  }
  return next(parent, args, context, info);
};

/** Root queries generated for each editorial type (nested relations inherit the root's status). */
export function editorialRootQueries(): string[] {
  return EDITORIAL_TYPES.flatMap((type) =>
    type.kind === 'single'
      ? [`Query.${type.singular}`]
      : [`Query.${type.singular}`, `Query.${type.plural}`, `Query.${type.plural}_connection`],
  );
}

export function registerGraphqlRules(strapi: Core.Strapi): void {
  const extension = strapi.plugin('graphql').service('extension') as ExtensionService;
  // Content is written in the admin only; the site reads.
  for (const type of EDITORIAL_TYPES) extension.shadowCRUD(type.uid).disableMutations();
  // Address points are searched over REST only (GET /api/addresses, rate limited): no GraphQL types at all.
  extension.shadowCRUD('api::address-point.address-point').disable();
  extension.use({
    resolversConfig: Object.fromEntries(editorialRootQueries().map((name) => [name, { middlewares: [publishedOnly] }])),
  });
}
