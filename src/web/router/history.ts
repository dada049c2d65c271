import { useSyncExternalStore } from "react";

/**
 * A tiny client-side router on the History API: the current location is an external store that
 * `navigate` and the browser's back/forward buttons update.
 */

type Listener = () => void;

const listeners = new Set<Listener>();
let navigations = 0;

const notify = () => {
  for (const listener of listeners) listener();
};

const currentUrl = () => `${window.location.pathname}${window.location.search}`;

export const navigate = (to: string, { replace = false }: { replace?: boolean } = {}): void => {
  if (to === currentUrl()) return;
  if (replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  navigations += 1;
  notify();
};

const subscribe = (listener: Listener) => {
  if (listeners.size === 0) window.addEventListener("popstate", onPopState);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("popstate", onPopState);
  };
};

const onPopState = () => {
  navigations += 1;
  notify();
};

/** True once the user moved within the app (not on the first page load): then focus moves to the new page's h1. */
export const hasNavigated = (): boolean => navigations > 0;

export interface Location {
  pathname: string;
  search: string;
}

/** The current path and query, re-rendering on every navigation. */
export const useLocation = (): Location => {
  const url = useSyncExternalStore(subscribe, currentUrl);
  const queryStart = url.indexOf("?");
  return queryStart < 0
    ? { pathname: url, search: "" }
    : { pathname: url.slice(0, queryStart), search: url.slice(queryStart) };
};
