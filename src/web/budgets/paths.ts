export const BUDGETS_PATH = "/budgetten";
export const BUDGET_REPORT_PATH = "/budgetrapportage";
export const BUDGET_ADMIN_PATH = "/beheer/budgetten";
export const NEW_REQUEST_PATH = `${BUDGETS_PATH}/aanvragen`;

export const potPagePath = (id: string) => `${BUDGETS_PATH}/potten/${encodeURIComponent(id)}`;
export const requestPagePath = (id: string) => `${BUDGETS_PATH}/verzoeken/${encodeURIComponent(id)}`;

/** "Budget aanvragen" for one case (`?casus=…`). */
export const newRequestPath = (caseId: string) => `${NEW_REQUEST_PATH}?${new URLSearchParams({ casus: caseId })}`;

/** The case a request form was opened for, from its address. */
export const caseIdOf = (search: string): string => new URLSearchParams(search).get("casus")?.trim() ?? "";

/** The report year in the address (`?jaar=2026`), or the given default. */
export const reportYearOf = (search: string, fallback: number): number => {
  const value = new URLSearchParams(search).get("jaar") ?? "";
  const year = Number(value);
  return /^\d{4}$/.test(value) && year >= 2000 && year <= 2100 ? year : fallback;
};
