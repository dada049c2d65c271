/**
 * Session lifetime: idle timeout of 30 minutes and an absolute maximum of 10 hours (a working day),
 * in line with BIO 9.4.2 practice for applications holding special personal data.
 */
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_MAX_HOURS = 10;
/** last_seen_at is written at most once a minute, so reads stay reads. */
export const SESSION_TOUCH_SECONDS = 60;

export const sessionExpiry = (createdAt: Date): Date => new Date(createdAt.getTime() + SESSION_MAX_HOURS * 3_600_000);

export const isSessionAlive = (session: { lastSeenAt: Date; expiresAt: Date }, now: Date): boolean =>
  session.expiresAt > now && now.getTime() - session.lastSeenAt.getTime() < SESSION_IDLE_MINUTES * 60_000;

export const needsTouch = (lastSeenAt: Date, now: Date): boolean => now.getTime() - lastSeenAt.getTime() >= SESSION_TOUCH_SECONDS * 1000;
