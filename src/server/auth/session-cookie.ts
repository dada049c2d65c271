import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

export const SESSION_COOKIE = "bw_session";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The cookie holds `<tenantId>.<token>`: the tenant routes the look-up (and, on Citus, the shard). */
export function readSessionCookie(c: Context): { tenantId: string; token: string } | null {
  const raw = getCookie(c, SESSION_COOKIE);
  if (!raw) return null;
  const dot = raw.indexOf(".");
  const tenantId = raw.slice(0, dot);
  const token = raw.slice(dot + 1);
  if (dot < 0 || !UUID.test(tenantId) || token.length < 20 || token.length > 100) return null;
  return { tenantId, token };
}

export function writeSessionCookie(c: Context, tenantId: string, token: string, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, `${tenantId}.${token}`, { httpOnly: true, sameSite: "Strict", secure, path: "/" });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure, httpOnly: true, sameSite: "Strict" });
}
