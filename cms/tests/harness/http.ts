/** Small typed helpers over fetch for talking to a running CMS. */
export interface JsonResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export async function request<T = unknown>(url: string, init: RequestInit = {}): Promise<JsonResponse<T>> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: body as T, headers: response.headers };
}

export const jsonInit = (method: string, payload: unknown, token?: string): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify(payload),
});

export interface GraphqlBody<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function graphql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<JsonResponse<GraphqlBody<T>>> {
  return request<GraphqlBody<T>>(`${baseUrl}/graphql`, jsonInit('POST', { query, variables }, token));
}

/** Logs an admin user in and returns the admin JWT. */
export async function adminLogin(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await request<{ data?: { token: string } }>(`${baseUrl}/admin/login`, jsonInit('POST', { email, password }));
  if (response.status !== 200 || !response.body.data) throw new Error(`admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data.token;
}
