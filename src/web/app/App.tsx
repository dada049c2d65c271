import { Fragment, useCallback, useEffect, useMemo, useState } from "react";
import type { Me, SessionResponse } from "../../domain/accounts/dto";
import { ApiContext } from "../api/api-context";
import { isApiError } from "../api/api-error";
import { fetchSession, logout } from "../api/auth";
import { createApiClient } from "../api/client";
import { type LoginNotice, LoginPage } from "../auth/LoginPage";
import { navigate, useLocation } from "../router/history";
import { safeReturnPath } from "../router/match-route";
import { LOGIN_PATH } from "./areas";
import { AppShell } from "./AppShell";
import { ForbiddenPage } from "./ForbiddenPage";
import { NotFoundPage } from "./NotFoundPage";
import { PublicLayout } from "./PublicLayout";
import { resolveRoute } from "./routes";
import { SessionContext, type SessionControls } from "./session-context";
import { type ShowStatus, StatusContext, type StatusMessage } from "./status-context";
import { StartupPage } from "./StartupPage";

type SessionState =
  | { status: "checking" }
  | { status: "unavailable"; error: unknown }
  | { status: "anonymous"; notice?: LoginNotice }
  | { status: "authenticated"; me: Me };

/** The whole app: session, API client, routing between login and the pages behind it. */
export const App = () => {
  const [session, setSession] = useState<SessionState>({ status: "checking" });
  const [forbiddenPath, setForbiddenPath] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { pathname, search } = useLocation();

  const api = useMemo(() => {
    const client = createApiClient({
      onUnauthenticated: () => {
        client.setCsrfToken(null);
        setSession((current) => (current.status === "authenticated" ? { status: "anonymous", notice: "expired" } : current));
      },
      onForbidden: () => setForbiddenPath(window.location.pathname),
    });
    return client;
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-checks the session after "Opnieuw proberen"
  useEffect(() => {
    const controller = new AbortController();
    fetchSession(api, controller.signal).then(
      (answer) => {
        api.setCsrfToken(answer.csrfToken);
        setSession({ status: "authenticated", me: answer.user });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (isApiError(error) && error.status === 401) setSession({ status: "anonymous" });
        else setSession({ status: "unavailable", error });
      },
    );
    return () => controller.abort();
  }, [api, attempt]);

  // Keep the address in step with the session: anonymous users go to /login (remembering where
  // they were going), logged-in users leave /login for that place.
  useEffect(() => {
    if (session.status === "anonymous" && pathname !== LOGIN_PATH) {
      const next = `${pathname}${search}`;
      navigate(next === "/" ? LOGIN_PATH : `${LOGIN_PATH}?next=${encodeURIComponent(next)}`, { replace: true });
    }
    if (session.status === "authenticated" && pathname === LOGIN_PATH) {
      navigate(safeReturnPath(search), { replace: true });
    }
  }, [session.status, pathname, search]);

  const controls = useMemo<SessionControls>(
    () => ({
      me: session.status === "authenticated" ? session.me : null,
      signedIn: (answer: SessionResponse) => {
        api.setCsrfToken(answer.csrfToken);
        setForbiddenPath(null);
        setStatus(null);
        setSession({ status: "authenticated", me: answer.user });
      },
      signOut: async () => {
        await logout(api).catch(() => undefined);
        api.setCsrfToken(null);
        navigate(LOGIN_PATH);
        setSession({ status: "anonymous", notice: "loggedOut" });
      },
    }),
    [api, session],
  );

  // A 403 marks only the page where it happened; moving on clears it.
  useEffect(() => {
    setForbiddenPath((current) => (current === pathname ? current : null));
  }, [pathname]);

  const showStatus = useCallback<ShowStatus>((text, { type = "ok", path = window.location.pathname } = {}) => {
    setStatus((current) => ({ id: (current?.id ?? 0) + 1, text, type, path }));
  }, []);

  const content = () => {
    if (session.status === "checking") return <StartupPage onRetry={() => setAttempt((n) => n + 1)} />;
    if (session.status === "unavailable") {
      return (
        <StartupPage
          error={session.error}
          onRetry={() => {
            setSession({ status: "checking" });
            setAttempt((n) => n + 1);
          }}
        />
      );
    }
    if (session.status === "anonymous") {
      return (
        <PublicLayout>
          <LoginPage notice={session.notice} />
        </PublicLayout>
      );
    }
    if (pathname === LOGIN_PATH) return <StartupPage onRetry={() => undefined} />;
    const resolved = resolveRoute(pathname, session.me.permissions);
    const page =
      forbiddenPath === pathname || resolved.kind === "forbidden" ? (
        <ForbiddenPage />
      ) : resolved.kind === "notFound" ? (
        <NotFoundPage />
      ) : (
        resolved.route.render(resolved.params)
      );
    return (
      <AppShell me={session.me} status={status?.path === pathname ? status : null} onLogout={controls.signOut}>
        <Fragment key={pathname}>{page}</Fragment>
      </AppShell>
    );
  };

  return (
    <ApiContext value={api}>
      <SessionContext value={controls}>
        <StatusContext value={showStatus}>{content()}</StatusContext>
      </SessionContext>
    </ApiContext>
  );
};
