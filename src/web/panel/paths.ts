/** Reviewers' list of packets (the Panel area). */
export const PANEL_PATH = "/panel";
/** Review rounds for whoever composes the panels (panel:manage). */
export const ROUNDS_PATH = "/beoordelingsrondes";
/** The case director's check of packets before release. */
export const RELEASE_PATH = "/panelcontrole";

export const reviewItemPath = (roundId: string, caseId: string) => `${PANEL_PATH}/${encodeURIComponent(roundId)}/${encodeURIComponent(caseId)}`;
export const roundPath = (roundId: string) => `${ROUNDS_PATH}/${encodeURIComponent(roundId)}`;

/** A short pseudonymous reference of a case, as the business case shows it too. */
export const caseRef = (caseId: string) => `C-${caseId.slice(0, 8).toUpperCase()}`;
