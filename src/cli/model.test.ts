import { describe, expect, it } from "vitest";
import { formatEuro, runModelCommand } from "./model";
import { fakeIo } from "./testing/fake-io";


const model = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: "baatwijzer.model/1",
    name: "Eenjarige beoordeling",
    kind: "mkba",
    priceYear: 2024,
    horizon: 1,
    stakeholders: [{ id: "gemeente", name: "Gemeente" }],
    parameters: {
      zorgkosten: { value: 6_600_000, uncertainty: { dist: "pert", min: 5_000_000, mode: 6_600_000, max: 9_000_000 } },
    },
    costs: [{ id: "aanpak", label: "Aanpak", stakeholder: "gemeente", amount: 10_000_000, years: [0] }],
    benefits: [
      { id: "zorg", label: "Zorg", stakeholder: "gemeente", category: "financial", quantity: 1, unitValue: "zorgkosten" },
      { id: "welzijn", label: "Welzijn", stakeholder: "gemeente", category: "immaterial", quantity: 1, unitValue: 1_400_000 },
    ],
    ...overrides,
  });

describe("baatwijzer model evaluate", () => {
  it("prints the result as JSON with unrounded numbers", async () => {
    const t = fakeIo({ "m.json": model() });
    expect(await runModelCommand(["evaluate", "m.json", "--json"], t.io)).toBe(0);
    const result = JSON.parse(t.stdout());
    expect(result).toMatchObject({ pvBenefits: 8_000_000, pvCosts: 10_000_000, npv: -2_000_000, classification: "not_profitable" });
    expect(result.bcr).toBeCloseTo(0.8, 15);
    expect(result.switchingValues.zorgkosten).toBeCloseTo(8_600_000, 6);
    expect(Object.keys(result)).toEqual([
      "pvBenefits", "pvCosts", "npv", "bcr", "financialBcr", "classification", "stakeholders", "years", "paybackYear", "switchingValues", "tornado",
    ]);
    expect(t.stderr()).toBe("");
  });

  it("gives byte-identical Monte Carlo output for the same seed", async () => {
    const run = async (seed: number) => {
      const t = fakeIo({ "m.json": model({ monteCarlo: { draws: 5000, seed } }) });
      expect(await runModelCommand(["evaluate", "m.json", "--json"], t.io)).toBe(0);
      return t.stdout();
    };
    const first = await run(42);
    expect(await run(42)).toBe(first);
    expect(await run(43)).not.toBe(first);
    expect(JSON.parse(first).monteCarlo).toMatchObject({ draws: 5000, seed: 42, npv: { mean: expect.any(Number) }, probabilityPositiveNpv: expect.any(Number) });
  });

  it("prints a readable Dutch summary without --json", async () => {
    const t = fakeIo({ "m.json": model({ monteCarlo: { draws: 1000, seed: 1 } }) });
    expect(await runModelCommand(["evaluate", "m.json"], t.io)).toBe(0);
    const text = t.stdout();
    expect(text).toContain("Contante waarde baten       € 8.000.000,00");
    expect(text).toContain("Netto contante waarde       € -2.000.000,00");
    expect(text).toContain("Baten-kostenverhouding      0,80");
    expect(text).toContain("niet rendabel");
    expect(text).toContain("zorgkosten                  8.600.000 (basis 6.600.000)");
    expect(text).toContain("Monte Carlo (1.000 trekkingen, seed 1)");
    expect(text).toContain("Kans op positieve NCW");
  });

  it("evaluates the examples in docs/examples", async () => {
    for (const file of ["docs/examples/sroi-maatjesproject.json", "docs/examples/sociaal-wijkteam-mkba.json"]) {
      const t = fakeIo();
      expect(await runModelCommand(["evaluate", file, "--json"], t.io)).toBe(0);
      expect(t.stderr()).toBe("");
      expect(JSON.parse(t.stdout()).bcr).toBeGreaterThan(1);
    }
  });
});

describe("bad input", () => {
  it("exits 2 with every error and its path on stderr, and nothing on stdout", async () => {
    const bad = JSON.parse(model());
    bad.horizon = 0;
    bad.benefits[0].stakeholder = "x";
    bad.benefits[1].deadweight = 1.5;
    bad.parameters.zorgkosten.uncertainty.min = 7_000_000;
    bad.costs[0].amount = "sqrt(4)";
    const t = fakeIo({ "m.json": JSON.stringify(bad) });
    expect(await runModelCommand(["evaluate", "m.json", "--json"], t.io)).toBe(2);
    expect(t.stdout()).toBe("");
    const lines = t.stderr().split("\n");
    expect(lines[0]).toBe('Model "m.json" is ongeldig (5 fouten):');
    expect(lines).toContain('benefits[0].stakeholder: onbekende stakeholder "x"');
    expect(lines).toContain("horizon: moet minstens 1 zijn, gekregen 0");
    expect(lines).toContain("benefits[1].deadweight: moet een fractie tussen 0 en 1 zijn, gekregen 1.5");
    expect(lines).toContain("parameters.zorgkosten.uncertainty: onmogelijke verdeling: min (7000000) is groter dan mode (6600000)");
    expect(lines).toContain('costs[0].amount: ongeldige expressie: onbekende functie "sqrt" (alleen min en max zijn toegestaan) (positie 1)');
  });

  it("exits 2 on invalid JSON and on an unreadable file", async () => {
    const t = fakeIo({ "m.json": "{ nope" });
    expect(await runModelCommand(["validate", "m.json"], t.io)).toBe(2);
    expect(t.stdout()).toBe("");
    expect(t.stderr()).toMatch(/\$: ongeldige JSON: /);
    const missing = fakeIo();
    expect(await runModelCommand(["evaluate", "weg.json"], missing.io)).toBe(2);
    expect(missing.stderr()).toBe('Kan "weg.json" niet lezen: het bestand bestaat niet');
    expect(missing.stdout()).toBe("");
  });

  it("exits 2 on wrong usage", async () => {
    for (const args of [[], ["run", "m.json"], ["evaluate"], ["evaluate", "a.json", "b.json"], ["validate", "m.json", "--json"], ["evaluate", "m.json", "--csv"]]) {
      const t = fakeIo({ "m.json": model() });
      expect(await runModelCommand(args, t.io)).toBe(2);
      expect(t.stdout()).toBe("");
      expect(t.stderr()).toContain("Gebruik:");
    }
    const help = fakeIo();
    expect(await runModelCommand(["--help"], help.io)).toBe(0);
    expect(help.stdout()).toContain("model evaluate");
  });
});

describe("baatwijzer model validate", () => {
  it("says the model is valid, with warnings", async () => {
    const withUnused = JSON.parse(model());
    withUnused.parameters.ongebruikt = { value: 1 };
    const t = fakeIo({ "m.json": JSON.stringify(withUnused) });
    expect(await runModelCommand(["validate", "m.json"], t.io)).toBe(0);
    expect(t.stdout()).toBe('Model is geldig\nwaarschuwing: parameters.ongebruikt: parameter "ongebruikt" wordt nergens gebruikt');
    expect(t.stderr()).toBe("");
  });

  it("rejects immaterial benefits in a business case", async () => {
    const t = fakeIo({ "m.json": model({ kind: "businesscase" }) });
    expect(await runModelCommand(["validate", "m.json"], t.io)).toBe(2);
    expect(t.stderr()).toContain("benefits[1].category: een businesscase telt alleen geld");
  });
});

describe("formatEuro", () => {
  it("uses the Dutch number format", () => {
    expect(formatEuro(1234.56)).toBe("€ 1.234,56");
    expect(formatEuro(-1234567.891)).toBe("€ -1.234.567,89");
    expect(formatEuro(0)).toBe("€ 0,00");
    expect(formatEuro(Number.NaN)).toBe("–");
  });
});
