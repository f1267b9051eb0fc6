import type { ZodError, ZodIssue } from 'zod';

/** `body[2].children[0].url` from zod's path array. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}

/**
 * For a union (e.g. a rich-text block that matched no block type) zod reports every branch; the
 * useful one is the branch whose `type` matched, so report that branch's problems instead.
 */
function expandUnion(issue: ZodIssue): ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const branches = issue.unionErrors.map((error) => error.issues);
  const matching = branches.filter((issues) => !issues.some((child) => child.path.at(-1) === 'type' && child.path.length === issue.path.length + 1));
  if (matching.length === 1 && matching[0]) return matching[0].flatMap(expandUnion);
  return [issue];
}

/** One line per problem, each naming the field: `field "summary": Required`. */
export function describeZodError(error: ZodError): string[] {
  return error.issues.flatMap(expandUnion).map((issue) => {
    const field = formatPath(issue.path);
    const message = issue.code === 'invalid_union' ? 'does not match any allowed shape (unknown type?)' : issue.message;
    return field ? `field "${field}": ${message}` : message;
  });
}
