import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/rls";
import { testTargets } from "../../db/testing/databases";
import { withSystem } from "../../db/tenant-context";
import type { Me } from "../../domain/accounts/dto";
import type { AuditEntry } from "../../domain/audit/dto";
import type { Household, HouseholdSummary, Person } from "../../domain/households/dto";
import { type Client, type Harness, createHarness } from "../testing/harness";

type ErrorJson = { error: { code: string; details?: { issues?: { path: string; message: string }[] } } };

describe.each(testTargets())("households, members and network (%s)", (target) => {
  let harness: Harness;
  let worker: Client;
  let triagist: Client;
  let ontschotter: Client;
  let admin: Client;
  let noordId: string;
  let zuidId: string;
  beforeAll(async () => {
    harness = await createHarness(target);
    worker = await harness.login("sociaal_werker");
    triagist = await harness.login("triagist");
    ontschotter = await harness.login("ontschotter");
    admin = await harness.login("beheerder");
    const me = ((await (await worker.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    noordId = me.teams[0]!.id;
    const zuid = ((await (await ontschotter.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    zuidId = zuid.teams[0]!.id;
  });
  afterAll(async () => harness?.close());

  const createIn = async (client: Client, teamId: string, name: string) => {
    const response = await client.request("POST", "/api/v1/households", { name, street: "Dorpsstraat", houseNumber: "12a", postcode: "1234 AB", city: "Voorbeeld", teamId });
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as Household;
  };

  it("registers a household with members and network, found by member name", async () => {
    const household = await createIn(worker, noordId, "Huishouden De Boer");
    const member = await worker.request("POST", `/api/v1/households/${household.id}/members`, { givenName: "Anna", familyName: "de Boer", birthDate: "1984-05-02", relation: "hoofd", bsn: "1112.22.333" });
    expect(member.status).toBe(201);
    expect(await member.json()).toMatchObject({ givenName: "Anna", hasBsn: true, bsn: "111222333" });
    const child = await worker.request("POST", `/api/v1/households/${household.id}/members`, { givenName: "Sem", familyName: "de Boer", relation: "kind" });
    expect(child.status).toBe(201);
    const neighbour = await worker.request("POST", `/api/v1/households/${household.id}/network`, { name: "Buurvrouw Fatima", kind: "buren", phone: "06-11112222", email: "" });
    expect(neighbour.status).toBe(201);

    const found = ((await (await worker.request("GET", "/api/v1/households?q=anna")).json()) as { items: HouseholdSummary[] }).items;
    expect(found.map((h) => h.name)).toEqual(["Huishouden De Boer"]);
    expect(found[0]!.memberCount).toBe(2);
    const full = (await (await worker.request("GET", `/api/v1/households/${household.id}`)).json()) as Household;
    expect(full.members.map((m) => m.givenName)).toEqual(["Anna", "Sem"]);
    expect(full.network).toEqual([expect.objectContaining({ name: "Buurvrouw Fatima", kind: "buren", email: null })]);
  });

  it("stores the BSN encrypted and shows it only to roles that need it", async () => {
    const stored = await withSystem(harness.database.handle.db, async (tx) =>
      rowsOf<{ bsn_encrypted: string | null }>(await tx.execute(sql`select bsn_encrypted from persons where bsn_encrypted is not null`)),
    );
    expect(stored.length).toBe(1);
    expect(stored[0]!.bsn_encrypted).not.toContain("111222333");
    const household = ((await (await triagist.request("GET", "/api/v1/households?q=boer")).json()) as { items: HouseholdSummary[] }).items[0]!;
    const seenByTriagist = (await (await triagist.request("GET", `/api/v1/households/${household.id}`)).json()) as Household;
    expect(seenByTriagist.members[0]).toMatchObject({ hasBsn: true, bsn: null });
    const refused = await triagist.request("POST", `/api/v1/households/${household.id}/members`, { givenName: "X", familyName: "Y", relation: "overig", bsn: "123456782" });
    expect(((await refused.json()) as ErrorJson).error.details!.issues![0]!.path).toBe("bsn");
  });

  it("refuses an invalid BSN and other bad fields with Dutch messages", async () => {
    const household = await createIn(worker, noordId, "Huishouden Jansen");
    const response = await worker.request("POST", `/api/v1/households/${household.id}/members`, { givenName: "", familyName: "Jansen", relation: "neef", bsn: "123456781", birthDate: "2-5-1984" });
    expect(response.status).toBe(400);
    const issues = Object.fromEntries(((await response.json()) as ErrorJson).error.details!.issues!.map((i) => [i.path, i.message]));
    expect(issues).toMatchObject({ givenName: "Vul de voornaam in", relation: "Kies de relatie tot het huishouden", bsn: "Dit is geen geldig BSN (9 cijfers, elfproef)", birthDate: "Gebruik een datum als jjjj-mm-dd" });
    const badPostcode = await worker.request("POST", "/api/v1/households", { name: "X", postcode: "12345", teamId: noordId });
    expect(((await badPostcode.json()) as ErrorJson).error.details!.issues![0]).toEqual({ path: "postcode", message: "Gebruik een postcode als 1234 AB" });
  });

  it("lets a social worker see only the households of their own teams", async () => {
    const zuidHousehold = await createIn(ontschotter, zuidId, "Huishouden Zuid");
    const listed = ((await (await worker.request("GET", "/api/v1/households")).json()) as { items: HouseholdSummary[] }).items;
    expect(listed.map((h) => h.id)).not.toContain(zuidHousehold.id);
    expect((await worker.request("GET", `/api/v1/households/${zuidHousehold.id}`)).status).toBe(404);
    expect((await worker.request("POST", `/api/v1/households/${zuidHousehold.id}/network`, { name: "X", kind: "familie" })).status).toBe(404);
    const elsewhere = await worker.request("POST", "/api/v1/households", { name: "Niet mijn team", teamId: zuidId });
    expect(((await elsewhere.json()) as ErrorJson).error.details!.issues![0]!.path).toBe("teamId");
    // The front door and the ontschotter work across teams.
    expect((await triagist.request("GET", `/api/v1/households/${zuidHousehold.id}`)).status).toBe(200);
  });

  it("detects a stale household edit (409)", async () => {
    const household = await createIn(worker, noordId, "Huishouden Visser");
    expect((await worker.request("PATCH", `/api/v1/households/${household.id}`, { version: household.version, city: "Elders" })).status).toBe(200);
    const stale = await worker.request("PATCH", `/api/v1/households/${household.id}`, { version: household.version, city: "Nergens" });
    expect(stale.status).toBe(409);
  });

  it("audits each opening of a household file, noting when a BSN was shown", async () => {
    const log = ((await (await admin.request("GET", "/api/v1/audit?limit=500")).json()) as { items: AuditEntry[] }).items;
    expect(log.some((e) => e.action === "create" && e.subjectType === "person" && e.actorName === "Sanne de Vries")).toBe(true);
    expect(log.some((e) => e.action === "read" && e.subjectType === "household" && e.actorName === "Thijs Bakker")).toBe(true);
    const people = (await (await worker.request("GET", "/api/v1/households?q=Anna")).json()) as { items: { id: string }[] };
    expect(people.items.length).toBe(1);
    const person = ((await (await worker.request("GET", `/api/v1/households/${people.items[0]!.id}`)).json()) as Household).members[0] as Person;
    expect(person.bsn).toBe("111222333");
  });
});
