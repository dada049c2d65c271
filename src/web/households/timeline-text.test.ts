import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import type { TimelineItem } from "../../domain/cases/dto";
import { en, nl } from "../i18n/resources";
import { timelineTitle } from "./timeline-text";

const item = (kind: TimelineItem["kind"], code: string | null, extra: Partial<TimelineItem> = {}): TimelineItem => ({
  on: "2026-11-01",
  kind,
  code,
  title: "",
  detail: null,
  caseId: null,
  ...extra,
});

describe("timeline titles", () => {
  beforeAll(async () => {
    await i18next.init({ resources: { nl: { translation: nl }, en: { translation: en } }, lng: "nl", interpolation: { escapeValue: false } });
  });

  it("are built in Dutch from kind and code", () => {
    const t = i18next.getFixedT("nl");
    expect(timelineTitle(t, item("status", "afgesloten"))).toBe("Casus afgesloten");
    expect(timelineTitle(t, item("hours", "gesprek", { minutes: 90 }))).toBe("1,5 uur gesprek");
    expect(timelineTitle(t, item("resource", "maatwerkvoorziening"))).toBe("Hulpbron: Maatwerkvoorziening");
    expect(timelineTitle(t, item("measurement", "na_6_maanden"))).toBe("Meting: Na 6 maanden");
    expect(timelineTitle(t, item("conversation", "keukentafelgesprek"))).toBe("Gesprek: Keukentafelgesprek");
    expect(timelineTitle(t, item("plan", "created"))).toBe("Plan opgesteld");
    expect(timelineTitle(t, item("plan", "updated"))).toBe("Plan bijgewerkt");
    expect(timelineTitle(t, item("scenarios", "created"))).toBe("Drie scenario's doorgerekend");
    expect(timelineTitle(t, item("scenarios", "updated"))).toBe("Scenario's opnieuw doorgerekend");
  });

  it("follow the language, and show an unknown code as it is", () => {
    const t = i18next.getFixedT("en");
    expect(timelineTitle(t, item("hours", "gesprek", { minutes: 90 }))).toBe(`1.5 hours ${String(t("cases.activities.gesprek")).toLowerCase()}`);
    expect(timelineTitle(t, item("status", "nieuwe_status"))).toBe("nieuwe_status");
  });
});
