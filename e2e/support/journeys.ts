import { describe } from "vitest";
import { skipBrowserSuite, warnIfSkipped } from "./chromium";

warnIfSkipped();

/** `describe` for browser journeys: skipped (with a console message) only when chromium is absent outside CI. */
export const describeJourneys = describe.skipIf(skipBrowserSuite());

/** Generous limits: a cold server start, argon2 hashing and axe all share two CPU cores. */
export const SETUP_TIMEOUT = 120_000;
export const JOURNEY_TIMEOUT = 90_000;
