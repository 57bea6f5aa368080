/**
 * Just enough of a browser for redirect-based sign-in tests: a cookie jar per host (like
 * browsers, ports share cookies), manual redirects, and form posts. `stopAt` halts before a
 * URL is requested, so a test can tamper with it or replay it.
 */
export class CookieBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  cookie(host: string, name: string): string | undefined {
    return this.jars.get(host)?.get(name);
  }

  setCookie(host: string, name: string, value: string): void {
    this.jar(host).set(name, value);
  }

  clearCookies(host: string): void {
    this.jars.delete(host);
  }

  /** Follows redirects from `url` until a non-redirect answer or a URL `stopAt` accepts. */
  async open(
    url: string,
    options: { stopAt?: (url: URL) => boolean; init?: RequestInit } = {},
  ): Promise<{ url: URL; response: Response | null; visited: URL[] }> {
    let current = new URL(url);
    let init: RequestInit | undefined = options.init;
    const visited: URL[] = [];
    for (let hops = 0; hops < 20; hops++) {
      if (hops > 0 && options.stopAt?.(current)) return { url: current, response: null, visited };
      visited.push(current);
      const response = await this.fetch(current, init);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location)
        return { url: current, response, visited };
      await response.arrayBuffer();
      current = new URL(location, current);
      init = undefined;
    }
    throw new Error(`Too many redirects from ${url}`);
  }

  /** Submits a form (application/x-www-form-urlencoded) and follows the redirects. */
  submit(url: string, fields: Record<string, string>, stopAt?: (url: URL) => boolean) {
    return this.open(url, {
      stopAt,
      init: {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      },
    });
  }

  private async fetch(url: URL, init?: RequestInit): Promise<Response> {
    const jar = this.jar(url.hostname);
    const headers = new Headers(init?.headers);
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, ...rest] = pair.trim().split('=');
      const value = rest.join('=');
      const gone =
        value === '' ||
        attrs.some((a) => /expires=Thu, 01 Jan 1970/i.test(a) || /max-age=0\b/i.test(a.trim()));
      if (gone) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  private jar(host: string): Map<string, string> {
    let jar = this.jars.get(host);
    if (!jar) this.jars.set(host, (jar = new Map()));
    return jar;
  }
}
