export const CASES_PATH = "/casussen";

export const NEW_CASE_PATH = `${CASES_PATH}/nieuw`;

export const casePath = (id: string) => `${CASES_PATH}/${encodeURIComponent(id)}`;

export const householdPath = (id: string) => `${CASES_PATH}/huishoudens/${encodeURIComponent(id)}`;

/** "Casus openen", from a question (`vraag`) and/or for a known household (`huishouden`). */
export const newCasePath = ({ questionId, householdId }: { questionId?: string; householdId?: string } = {}) => {
  const query = new URLSearchParams();
  if (questionId) query.set("vraag", questionId);
  if (householdId) query.set("huishouden", householdId);
  const text = query.toString();
  return text ? `${NEW_CASE_PATH}?${text}` : NEW_CASE_PATH;
};

/** What the "Casus openen" page was opened for, from its address. */
export const newCaseTargetOf = (search: string): { questionId?: string; householdId?: string } => {
  const query = new URLSearchParams(search);
  return { questionId: query.get("vraag") ?? undefined, householdId: query.get("huishouden") ?? undefined };
};

/** The household search term in the Casussen address (`?zoek=…`). */
export const searchTermOf = (search: string): string => new URLSearchParams(search).get("zoek")?.trim() ?? "";

/** The Casussen address with this filter and search term; the defaults stay out of it. */
export const casesListPath = ({ status, term }: { status: string; term: string }) => {
  const query = new URLSearchParams();
  if (status !== "actief") query.set("status", status);
  if (term) query.set("zoek", term);
  const text = query.toString();
  return text ? `${CASES_PATH}?${text}` : CASES_PATH;
};
