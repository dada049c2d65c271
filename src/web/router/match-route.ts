export type RouteParams = Readonly<Record<string, string>>;

const normalise = (path: string) => (path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path);

/**
 * Matches a path against a pattern with `:name` segments; returns the decoded parameters or null.
 * A trailing slash is ignored.
 * @example matchRoute("/beheer/gebruikers/:id", "/beheer/gebruikers/42") // { id: "42" }
 */
export const matchRoute = (pattern: string, pathname: string): RouteParams | null => {
  const patternSegments = normalise(pattern).split("/");
  const pathSegments = normalise(pathname).split("/");
  if (patternSegments.length !== pathSegments.length) return null;
  const params: Record<string, string> = {};
  for (const [index, expected] of patternSegments.entries()) {
    const actual = pathSegments[index] ?? "";
    if (expected.startsWith(":")) {
      if (actual === "") return null;
      try {
        params[expected.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (expected !== actual) {
      return null;
    }
  }
  return params;
};

/**
 * A safe in-app return path from a `next` query value: only same-origin absolute paths are accepted,
 * so a crafted link cannot send the user elsewhere after login.
 * @example safeReturnPath("?next=%2Fbeheer%2Fteams") // "/beheer/teams"
 */
export const safeReturnPath = (search: string, fallback = "/"): string => {
  const next = new URLSearchParams(search).get("next");
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  if (next === "/login" || next.startsWith("/login?")) return fallback;
  return next;
};
