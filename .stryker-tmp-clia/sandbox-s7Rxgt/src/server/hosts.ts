/**
 * DNS-rebinding guard. A page on an attacker's site can resolve its own name to 127.0.0.1 and
 * then read marsad's answers as same-origin; the one thing it cannot change is the name in the
 * `Host` header. So the server answers only the names it is meant to serve: the loopback names
 * by default, plus whatever the operator allows (`marsad serve --allowed-host news.example.org`).
 */
// @ts-nocheck


const LOOPBACK = ['localhost', '127.0.0.1', '::1'];

export type HostPolicy = { any: true } | { any: false; names: ReadonlySet<string> };

/** Lower-cased, without brackets or a trailing dot, so `[::1]` and `LOCALHOST.` match. */
function canonical(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
}

/**
 * `allowed` lists extra names (or `*` for any, for a server behind a proxy that checks names
 * itself). `bound` is the address the server listens on: a specific address is allowed too.
 */
export function hostPolicy(allowed: readonly string[] = [], bound?: string): HostPolicy {
  if (allowed.includes('*')) return { any: true };
  const names = new Set(LOOPBACK);
  for (const n of allowed) names.add(canonical(n));
  if (bound && bound !== '0.0.0.0' && bound !== '::') names.add(canonical(bound));
  return { any: false, names };
}

/** The host name of a request URL (built from the `Host` header by the Node adapter). */
export function hostAllowed(policy: HostPolicy, url: string): boolean {
  if (policy.any) return true;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  const h = canonical(host);
  // Any name under .localhost resolves to loopback by definition (RFC 6761).
  return policy.names.has(h) || h.endsWith('.localhost');
}
