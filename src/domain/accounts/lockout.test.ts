import { describe, expect, it } from "vitest";
import { LOCKOUT_MINUTES, LOCKOUT_THRESHOLD, afterFailedLogin, isLocked } from "./lockout";
import { SESSION_IDLE_MINUTES, isSessionAlive, needsTouch, sessionExpiry } from "./session-policy";

const now = new Date("2026-11-23T10:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe("lockout", () => {
  it("counts failures and locks at the threshold, resetting the counter", () => {
    let state = { failedLogins: 0, lockedUntil: null as Date | null };
    for (let i = 1; i < LOCKOUT_THRESHOLD; i++) {
      state = afterFailedLogin(state.failedLogins, now);
      expect(state).toEqual({ failedLogins: i, lockedUntil: null });
    }
    state = afterFailedLogin(state.failedLogins, now);
    expect(state).toEqual({ failedLogins: 0, lockedUntil: minutes(LOCKOUT_MINUTES) });
  });

  it("is locked until, not at, the end of the lock", () => {
    const until = minutes(LOCKOUT_MINUTES);
    expect(isLocked(until, minutes(LOCKOUT_MINUTES - 1))).toBe(true);
    expect(isLocked(until, until)).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });
});

describe("session policy", () => {
  it("ends a session after idling and at its absolute expiry", () => {
    const session = { lastSeenAt: now, expiresAt: sessionExpiry(now) };
    expect(isSessionAlive(session, minutes(SESSION_IDLE_MINUTES - 1))).toBe(true);
    expect(isSessionAlive(session, minutes(SESSION_IDLE_MINUTES))).toBe(false);
    expect(isSessionAlive({ lastSeenAt: minutes(600), expiresAt: session.expiresAt }, minutes(600))).toBe(false);
  });

  it("writes last-seen at most once a minute", () => {
    expect(needsTouch(now, new Date(now.getTime() + 59_000))).toBe(false);
    expect(needsTouch(now, minutes(1))).toBe(true);
  });
});
