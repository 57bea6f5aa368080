export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  headers: Headers;
  text: string;
}

/** A tiny GraphQL-over-HTTP client with a cookie jar, as a browser would send requests. */
export class GraphqlClient {
  private cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphqlResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        ...(this.cookies.size ? { cookie: this.cookieHeader } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    this.storeCookies(res.headers);
    const text = await res.text();
    let body: { data?: T; errors?: GraphqlResponse['errors'] } = {};
    try {
      body = JSON.parse(text);
    } catch {
      /* non-JSON bodies are asserted through `text` */
    }
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers, text };
  }

  /** Like request, but fails the test with the server's errors when there are any. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length || !res.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(res.errors ?? res.text)}`);
    }
    return res.data;
  }

  private storeCookies(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, ...rest] = pair.trim().split('=');
      const value = rest.join('=');
      const expired = attrs.some((a) => /expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** The first error's code, for compact assertions. */
export const errorCode = (res: GraphqlResponse) => res.errors?.[0]?.extensions?.code;
