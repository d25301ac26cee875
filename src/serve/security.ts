import { randomBytes, timingSafeEqual } from 'node:crypto';
import { UsageError } from '../errors/usage-error.js';
import { both } from '../messages/index.js';

/** The addresses that only this machine reaches: the server may listen there without a token. */
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
export const isLoopback = (host: string): boolean => LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);

export const TOKEN_COOKIE = 'plan_check_token';
export const MIN_TOKEN_LENGTH = 16;

/** Refuses to serve beyond this machine without a token, and refuses a token too short to guess. */
export function checkExposure(host: string, token: string | undefined): void {
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH)
    throw new UsageError(...both('serve.tokenTooShort', { min: MIN_TOKEN_LENGTH }));
  if (!isLoopback(host) && token === undefined) throw new UsageError(...both('serve.hostNeedsToken', { host, min: MIN_TOKEN_LENGTH }));
}

/** Equal strings, compared in constant time. */
export function sameSecret(given: string | undefined, secret: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The cookies of a request, by name. */
export function cookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    try {
      out.set(part.slice(0, eq).trim(), decodeURIComponent(part.slice(eq + 1).trim()));
    } catch {
      // a cookie that does not decode is ignored
    }
  }
  return out;
}

/** The token a request carries: `Authorization: Bearer …`, `X-Plan-Check-Token`, or the cookie. */
export function tokenOf(headers: Record<string, string | string[] | undefined>): string | undefined {
  const auth = headers.authorization;
  if (typeof auth === 'string' && auth.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim();
  const header = headers['x-plan-check-token'];
  if (typeof header === 'string') return header;
  return cookies(typeof headers.cookie === 'string' ? headers.cookie : undefined).get(TOKEN_COOKIE);
}

/** A code for the one-time link printed at start: used once, it sets the token cookie. */
export const oneTimeCode = (): string => randomBytes(18).toString('base64url');

/**
 * Every page: scripts and styles from this server only, never inline; nothing from other origins;
 * forms post here only; no framing.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  // same-origin, not no-referrer: with no-referrer a browser posts forms with "Origin: null", which the origin check refuses
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** The Host header names this server (defeats DNS rebinding of a loopback server). */
export function hostAllowed(hostHeader: string | undefined, bound: string): boolean {
  if (!hostHeader) return false;
  const name = hostHeader.startsWith('[') ? hostHeader.slice(0, hostHeader.indexOf(']') + 1) : hostHeader.replace(/:\d+$/, '');
  if (isLoopback(bound)) return ['localhost', '127.0.0.1', '[::1]'].includes(name) || /^127\.\d+\.\d+\.\d+$/.test(name);
  return true;
}
