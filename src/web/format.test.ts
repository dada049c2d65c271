import { describe, expect, it } from "vitest";
import {
  centsInput,
  formatCents,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatEuro,
  formatHours,
  isoDateInDutchTime,
  parseDecimal,
  parseDutchDate,
  parseEuroCents,
} from "./format";

const nbsp = "\u00a0";

describe("formatEuro", () => {
  it("uses the euro sign, a point for thousands and a comma for decimals", () => {
    expect(formatEuro(1234.56)).toBe(`€${nbsp}1.234,56`);
    expect(formatEuro(0)).toBe(`€${nbsp}0,00`);
    expect(formatEuro(1_000_000)).toBe(`€${nbsp}1.000.000,00`);
  });

  it("rounds to whole cents and shows negative amounts", () => {
    expect(formatEuro(0.005)).toBe(`€${nbsp}0,01`);
    expect(formatEuro(-1234.5)).toBe(`€${nbsp}-1.234,50`);
  });
});

describe("formatCents", () => {
  it("turns integer cents into euros", () => {
    expect(formatCents(123456)).toBe(`€${nbsp}1.234,56`);
    expect(formatCents(5)).toBe(`€${nbsp}0,05`);
  });
});

describe("formatDate", () => {
  it("shows an ISO date as dd-mm-jjjj without shifting it", () => {
    expect(formatDate("2025-03-07")).toBe("07-03-2025");
    expect(formatDate("1999-12-31")).toBe("31-12-1999");
  });

  it("shows a timestamp as its date in Dutch local time", () => {
    expect(formatDate("2024-12-31T23:30:00Z")).toBe("01-01-2025");
    expect(formatDate(new Date("2025-06-15T12:00:00Z"))).toBe("15-06-2025");
  });
});

describe("formatDateTime", () => {
  it("uses Dutch local time in winter and summer", () => {
    expect(formatDateTime("2025-03-07T09:05:00Z")).toBe("07-03-2025 10:05");
    expect(formatDateTime("2025-07-01T22:59:00Z")).toBe("02-07-2025 00:59");
  });
});

describe("isoDateInDutchTime", () => {
  it("gives the calendar date in Dutch local time", () => {
    expect(isoDateInDutchTime(new Date("2024-12-31T23:30:00Z"))).toBe("2025-01-01");
    expect(isoDateInDutchTime(new Date("2025-07-01T21:59:00Z"))).toBe("2025-07-01");
    expect(isoDateInDutchTime(new Date("2025-07-01T22:00:00Z"))).toBe("2025-07-02");
  });
});

describe("parseDutchDate", () => {
  it("reads dd-mm-jjjj with the usual separators and short day or month", () => {
    expect(parseDutchDate("07-03-2025")).toBe("2025-03-07");
    expect(parseDutchDate(" 7-3-2025 ")).toBe("2025-03-07");
    expect(parseDutchDate("7/3/2025")).toBe("2025-03-07");
    expect(parseDutchDate("07.03.2025")).toBe("2025-03-07");
    expect(parseDutchDate("31 12 1999")).toBe("1999-12-31");
  });

  it("lets an ISO date through and round-trips formatDate", () => {
    expect(parseDutchDate("2025-03-07")).toBe("2025-03-07");
    expect(parseDutchDate(formatDate("2024-02-29"))).toBe("2024-02-29");
  });

  it("refuses what is no real date", () => {
    for (const text of ["", "morgen", "31-02-2025", "29-02-2025", "00-01-2025", "07-13-2025", "07-03-25", "2025-3-7", "01-01-0099"]) {
      expect(parseDutchDate(text), text).toBeNull();
    }
  });
});

describe("decimals and hours", () => {
  it("shows a decimal comma and at most two decimals", () => {
    expect(formatDecimal(1.5)).toBe("1,5");
    expect(formatDecimal(2)).toBe("2");
    expect(formatHours(90)).toBe("1,5");
    expect(formatHours(15)).toBe("0,25");
  });

  it("reads numbers with a decimal comma or point, and refuses the rest", () => {
    expect(parseDecimal("1,5")).toBe(1.5);
    expect(parseDecimal(" 1.25 ")).toBe(1.25);
    expect(parseDecimal("3")).toBe(3);
    for (const text of ["", "anderhalf", "1,5,0", "1,"]) expect(parseDecimal(text), text).toBeNull();
  });
});

describe("parseEuroCents", () => {
  it("reads Dutch amounts, with or without thousands and the euro sign", () => {
    expect(parseEuroCents("1.234,56")).toBe(123456);
    expect(parseEuroCents("€ 12")).toBe(1200);
    expect(parseEuroCents("1234,5")).toBe(123450);
    expect(parseEuroCents("1.500")).toBe(150000);
    expect(parseEuroCents("12.50")).toBe(1250);
    expect(parseEuroCents("0,05")).toBe(5);
  });

  it("refuses what is no amount of whole cents", () => {
    for (const text of ["", "veel", "1,234", "-5", "1.23.4"]) expect(parseEuroCents(text), text).toBeNull();
  });

  it("round-trips centsInput", () => {
    expect(centsInput(123450)).toBe("1234,50");
    expect(centsInput(5)).toBe("0,05");
    expect(parseEuroCents(centsInput(987654))).toBe(987654);
  });
});
