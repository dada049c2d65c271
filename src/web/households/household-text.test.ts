import { describe, expect, it } from "vitest";
import { addressOf, fullName } from "./household-text";

describe("household texts", () => {
  it("writes an address from the known parts", () => {
    expect(addressOf({ street: "Kerkstraat", houseNumber: "12", postcode: "3511 AB", city: "Utrecht" })).toBe(
      "Kerkstraat 12, 3511 AB Utrecht",
    );
    expect(addressOf({ street: null, houseNumber: null, postcode: null, city: "Utrecht" })).toBe("Utrecht");
    expect(addressOf({ street: null, houseNumber: null, postcode: null, city: null })).toBeNull();
  });

  it("writes a member's full name", () => {
    expect(fullName({ givenName: "Anna", familyName: "de Boer" })).toBe("Anna de Boer");
  });
});
