import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GENESIS_HASH, type StoredAuditRecord, canonicalJson, checkChain, hashAuditRecord } from "./hash-chain";

const record = (seq: number, subjectId: string) => ({
  tenantId: "t",
  seq,
  at: new Date(Date.UTC(2026, 0, 1, 12, 0, seq)).toISOString(),
  actorUserId: "u",
  actorName: "Sanne",
  onBehalfOf: null,
  action: "read",
  subjectType: "person",
  subjectId,
  purpose: "hulpverlening",
  details: { b: [1, 2], a: { y: 1, x: 2 } },
});

const chain = (subjects: string[]): StoredAuditRecord[] => {
  let prevHash = GENESIS_HASH;
  return subjects.map((subject, i) => {
    const r = record(i + 1, subject);
    const hash = hashAuditRecord(prevHash, r);
    const stored = { ...r, prevHash, hash };
    prevHash = hash;
    return stored;
  });
};

describe("canonicalJson", () => {
  it("sorts keys at every depth", () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });

  it("does not depend on key order (property)", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(object));
      }),
    );
  });
});

describe("checkChain", () => {
  it("accepts an intact chain", () => {
    expect(checkChain(chain(["a", "b", "c"]))).toMatchObject({ ok: true, checked: 3, lastSeq: 3 });
  });

  it("finds the first changed entry, whatever field is changed (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.constantFrom("subjectId", "purpose", "action", "actorName"), (index, field) => {
        const entries = chain(["a", "b", "c", "d", "e"]);
        entries[index] = { ...entries[index]!, [field]: "gewijzigd" };
        const result = checkChain(entries);
        expect(result).toMatchObject({ ok: false, firstBrokenSeq: index + 1, checked: index });
      }),
    );
  });

  it("finds a removed entry as a gap in the sequence", () => {
    const entries = chain(["a", "b", "c", "d"]);
    entries.splice(1, 1);
    expect(checkChain(entries)).toMatchObject({ ok: false, firstBrokenSeq: 2 });
  });

  it("finds a rewritten entry whose own hash was recomputed (the next link breaks)", () => {
    const entries = chain(["a", "b", "c"]);
    const forged = { ...entries[1]!, subjectId: "x" };
    entries[1] = { ...forged, hash: hashAuditRecord(forged.prevHash, forged) };
    expect(checkChain(entries)).toMatchObject({ ok: false, firstBrokenSeq: 3 });
  });
});
