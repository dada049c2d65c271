import { createContext, useContext } from "react";
import type { Me, SessionResponse } from "../../domain/accounts/dto";

export interface SessionControls {
  me: Me | null;
  signedIn: (session: SessionResponse) => void;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionControls | null>(null);

export const useSessionControls = (): SessionControls => {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSessionControls outside SessionContext");
  return session;
};

/** The logged-in user; only for pages inside the app shell. */
export const useMe = (): Me => {
  const { me } = useSessionControls();
  if (!me) throw new Error("useMe without a session");
  return me;
};
