import { describe, expect, it } from "vitest";
import type { CaseFile } from "../cases/dto";
import { buildPacket } from "./build-packet";

describe("buildPacket", () => {
  const file = {
    id: "c",
    householdId: "h",
    householdName: "Huishouden Geheim",
    teamId: "t",
    caseDirectorId: "u",
    caseDirectorName: "Sanne de Vries",
    status: "afgesloten",
    openedOn: "2026-01-10",
    closedOn: "2026-04-10",
    version: 5,
    questionId: null,
    closingOutcome: "andere_oplossing",
    satisfaction: 8,
    statusHistory: [
      { status: "open", changedOn: "2026-01-10" },
      { status: "afgesloten", changedOn: "2026-04-10" },
    ],
    participants: [{ id: "p", role: "inwoner", name: "Anna Geheim", userId: null }],
    conversations: [{ id: "g", heldOn: "2026-01-12", kind: "keukentafelgesprek", participants: ["Anna Geheim", "Sanne de Vries"], notes: "Anna woont Dorpsstraat 12" }],
    hours: [
      { id: "h1", workedOn: "2026-01-12", userId: "u", userName: "Sanne de Vries", activity: "gesprek", minutes: 90 },
      { id: "h2", workedOn: "2026-01-20", userId: "u", userName: "Sanne de Vries", activity: "gesprek", minutes: 30 },
    ],
    totalMinutes: 120,
  } as CaseFile;

  it("keeps what happened with relative days, and nothing that names anyone", () => {
    const packet = buildPacket(file, [{ id: "r", kind: "maatwerkvoorziening", description: "Begeleiding voor Anna", provider: null, priceItemId: "pi", quantity: 10, amountCents: 1, startsOn: null, endsOn: null }], [], () => "Wmo individuele begeleiding");
    expect(packet).toMatchObject({ durationDays: 90, steps: [{ status: "open", day: 0 }, { status: "afgesloten", day: 90 }], conversations: [{ day: 2, kind: "keukentafelgesprek", participantCount: 2 }], hoursByActivity: { gesprek: 2 }, totalHours: 2 });
    const text = JSON.stringify(packet);
    for (const secret of ["Geheim", "Anna", "Sanne", "Dorpsstraat", "2026-"]) expect(text).not.toContain(secret);
    expect(packet.resources).toEqual([{ kind: "maatwerkvoorziening", product: "Wmo individuele begeleiding" }]);
  });
});
