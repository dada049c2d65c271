import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { businessCaseQuery } from "../api/businesscase";
import { defaultFilter, filterFromSearch, shareOf } from "./paths";

describe("business-case filter in the address", () => {
  const defaults = defaultFilter("2026-11-23");

  it("defaults to the last twelve months and today's price year", () => {
    expect(defaults).toMatchObject({ closedFrom: "2025-11-23", closedTo: "2026-11-23", priceYear: 2026, hourlyRateCents: 7500, draws: 2000 });
  });

  it("survives the round trip through the query string (property)", () => {
    const uuid = fc.uuid();
    fc.assert(
      fc.property(
        fc.record({
          closedFrom: fc.constant("2026-01-01"),
          closedTo: fc.constant("2026-06-30"),
          teamId: fc.oneof(fc.constant(""), uuid),
          approachId: fc.oneof(fc.constant(""), uuid),
          hourlyRateCents: fc.integer({ min: 1, max: 100_000 }),
          teamRates: fc.dictionary(uuid, fc.integer({ min: 1, max: 100_000 }), { maxKeys: 3 }),
          priceYear: fc.integer({ min: 2000, max: 2100 }),
          draws: fc.integer({ min: 100, max: 20_000 }),
          seed: fc.nat(),
        }),
        (filter) => {
          expect(filterFromSearch(`?${businessCaseQuery(filter)}`, defaults)).toEqual(filter);
        },
      ),
    );
  });

  it("falls back to the default for what it cannot read", () => {
    expect(filterFromSearch("?hourlyRateCents=abc&draws=-5", defaults)).toMatchObject({ hourlyRateCents: 7500, draws: 2000 });
  });

  it("gives no share for a suppressed count", () => {
    expect([shareOf(null, 10), shareOf(5, 0), shareOf(5, 20)]).toEqual([null, null, 0.25]);
  });
});
