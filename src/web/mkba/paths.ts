/** The studio's addresses (users see URLs, so they are Dutch). */
export const MKBA_PATH = "/mkba";
export const COMPARE_PATH = "/mkba/vergelijken";

export const modelPagePath = (id: string) => `${MKBA_PATH}/${encodeURIComponent(id)}`;

/** The compare view of these models (`?modellen=a,b`). */
export const comparePath = (ids: readonly string[]) => (ids.length === 0 ? COMPARE_PATH : `${COMPARE_PATH}?${new URLSearchParams({ modellen: ids.join(",") })}`);

/** The model ids in a compare address. */
export const compareIdsOf = (search: string): string[] =>
  (new URLSearchParams(search).get("modellen") ?? "")
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "");
