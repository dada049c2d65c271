import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { CaseFactsRepository } from "../../domain/case-facts/repository";
import type { CaseLabel, CostLine } from "../../domain/case-facts/dto";
import type { Db } from "../connection";
import { caseCostLines, caseLabelLinks, caseLabels, cases, households, users } from "../schema/index";
import type { Tx } from "../tenant-context";

/** A unique-index violation (SQLSTATE 23505), as node-postgres and PGlite report it, directly or wrapped by Drizzle. */
const isUniqueViolation = (error: unknown): boolean => {
  const codeOf = (e: unknown) => (typeof e === "object" && e !== null && "code" in e ? (e as { code: unknown }).code : undefined);
  return codeOf(error) === "23505" || codeOf((error as { cause?: unknown } | null)?.cause) === "23505";
};

const labelColumns = { id: caseLabels.id, kind: caseLabels.kind, label: caseLabels.label, active: caseLabels.active };

export function createCaseFactsRepository(db: Db | Tx): CaseFactsRepository {
  const costLineSelect = () =>
    db
      .select({ id: caseCostLines.id, kind: caseCostLines.kind, description: caseCostLines.description, amountCents: caseCostLines.amountCents, spentOn: caseCostLines.spentOn, recordedByName: users.displayName })
      .from(caseCostLines)
      .innerJoin(users, and(eq(users.tenantId, caseCostLines.tenantId), eq(users.id, caseCostLines.recordedBy)))
      .$dynamic();
  return {
    async labels(tenantId) {
      const rows = (await db.select(labelColumns).from(caseLabels).where(eq(caseLabels.tenantId, tenantId))) as CaseLabel[];
      // Sorted here, not by the database's collation, so PGlite and PostgreSQL agree (Dutch alphabetical order).
      return rows.sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label, "nl"));
    },
    async insertLabel(tenantId, input) {
      const rows = await db
        .insert(caseLabels)
        .values({ tenantId, kind: input.kind, label: input.label })
        .onConflictDoNothing()
        .returning(labelColumns);
      return (rows[0] as CaseLabel | undefined) ?? null;
    },
    async updateLabel(tenantId, id, expected, changes) {
      const values: { label?: string; active?: boolean } = {};
      if (changes.label !== undefined) values.label = changes.label;
      if (changes.active !== undefined) values.active = changes.active;
      try {
        const rows = await db
          .update(caseLabels)
          .set(values)
          .where(and(eq(caseLabels.tenantId, tenantId), eq(caseLabels.id, id), eq(caseLabels.label, expected.label), eq(caseLabels.active, expected.active)))
          .returning(labelColumns);
        const row = rows[0] as CaseLabel | undefined;
        return row ? { kind: "updated", label: row } : { kind: "stale" };
      } catch (error) {
        // Another label took the name between the service's check and this update: the unique index decides.
        if (isUniqueViolation(error)) return { kind: "taken" };
        throw error;
      }
    },
    async caseCountsByLabel(tenantId) {
      const rows = await db
        .select({ id: caseLabelLinks.labelId, cases: count() })
        .from(caseLabelLinks)
        .where(eq(caseLabelLinks.tenantId, tenantId))
        .groupBy(caseLabelLinks.labelId);
      return new Map(rows.map((r) => [r.id, Number(r.cases)]));
    },
    async caseScope(tenantId, caseId) {
      const [row] = await db
        .select({ teamId: households.teamId, openedOn: cases.openedOn })
        .from(cases)
        .innerJoin(households, and(eq(households.tenantId, cases.tenantId), eq(households.id, cases.householdId)))
        .where(and(eq(cases.tenantId, tenantId), eq(cases.id, caseId)));
      return row ?? null;
    },
    async linkedLabelIds(tenantId, caseId) {
      const rows = await db.select({ id: caseLabelLinks.labelId }).from(caseLabelLinks).where(and(eq(caseLabelLinks.tenantId, tenantId), eq(caseLabelLinks.caseId, caseId)));
      return rows.map((r) => r.id);
    },
    async link(tenantId, caseId, labelId, by) {
      await db.insert(caseLabelLinks).values({ tenantId, caseId, labelId, setBy: by }).onConflictDoNothing();
    },
    async unlink(tenantId, caseId, labelIds) {
      if (labelIds.length === 0) return;
      await db.delete(caseLabelLinks).where(and(eq(caseLabelLinks.tenantId, tenantId), eq(caseLabelLinks.caseId, caseId), inArray(caseLabelLinks.labelId, [...labelIds])));
    },
    async costLines(tenantId, caseId) {
      const rows = await costLineSelect()
        .where(and(eq(caseCostLines.tenantId, tenantId), eq(caseCostLines.caseId, caseId)))
        .orderBy(asc(caseCostLines.spentOn), asc(caseCostLines.createdAt));
      return rows as CostLine[];
    },
    async insertCostLine(tenantId, caseId, input, by) {
      const [row] = await db.insert(caseCostLines).values({ tenantId, caseId, ...input, recordedBy: by }).returning({ id: caseCostLines.id });
      const [line] = await costLineSelect().where(and(eq(caseCostLines.tenantId, tenantId), eq(caseCostLines.id, row!.id)));
      return line as CostLine;
    },
    async deleteCostLine(tenantId, caseId, lineId) {
      const rows = await db
        .delete(caseCostLines)
        .where(and(eq(caseCostLines.tenantId, tenantId), eq(caseCostLines.caseId, caseId), eq(caseCostLines.id, lineId)))
        .returning({ id: caseCostLines.id });
      return rows.length === 1;
    },
  };
}

