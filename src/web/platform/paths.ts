export const PLATFORM_PATH = "/casusplatform";
export const ESCALATE_PATH = `${PLATFORM_PATH}/aanmelden`;

export const escalationPagePath = (id: string) => `${PLATFORM_PATH}/${encodeURIComponent(id)}`;

/** "Aanmelden bij casusplatform" for one case (`?casus=…`). */
export const escalatePath = (caseId: string) => `${ESCALATE_PATH}?${new URLSearchParams({ casus: caseId })}`;
