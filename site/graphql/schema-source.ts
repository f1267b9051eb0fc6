// Reads the running CMS's GraphQL schema by introspection and prints it as SDL, sorted so that a
// diff of the checked-in snapshot shows real changes only. Used by `npm run codegen` and by the
// API test that fails when the snapshot is stale.
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type IntrospectionQuery } from 'graphql';

export const SCHEMA_SNAPSHOT_PATH = 'site/graphql/schema.graphql';

/** Fetches the schema of the CMS at `cmsUrl` (introspection is on when NODE_ENV is not production). */
export async function fetchSchemaSdl(cmsUrl: string): Promise<string> {
  const response = await fetch(`${cmsUrl.replace(/\/$/, '')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const body = (await response.json()) as { data?: IntrospectionQuery; errors?: { message: string }[] };
  if (!response.ok || !body.data) {
    const reason = body.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`;
    throw new Error(`Introspection of ${cmsUrl}/graphql failed: ${reason}. Is the CMS running with NODE_ENV=development?`);
  }
  return `${printSchema(lexicographicSortSchema(buildClientSchema(body.data)))}\n`;
}
