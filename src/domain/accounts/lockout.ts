/**
 * Temporary lock after repeated wrong passwords: after 5 failures in a row the account is locked for
 * 15 minutes (NCSC web application guidelines, U/WA.05: limit guessing without a permanent lock-out
 * that an attacker could abuse to deny service).
 */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 15;

export const isLocked = (lockedUntil: Date | null, now: Date): boolean => lockedUntil !== null && lockedUntil > now;

/** The new counter and lock after one more wrong password. */
export function afterFailedLogin(failedLogins: number, now: Date): { failedLogins: number; lockedUntil: Date | null } {
  const failed = failedLogins + 1;
  if (failed >= LOCKOUT_THRESHOLD) {
    return { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) };
  }
  return { failedLogins: failed, lockedUntil: null };
}
