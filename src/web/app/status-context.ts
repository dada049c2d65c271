import { createContext, useContext } from "react";

export interface StatusMessage {
  readonly id: number;
  readonly text: string;
  readonly type: "ok" | "info";
  /** The page on which the message shows; it disappears when the user moves on. */
  readonly path: string;
}

export type ShowStatus = (text: string, options?: { type?: StatusMessage["type"]; path?: string }) => void;

export const StatusContext = createContext<ShowStatus | null>(null);

/** Shows a confirmation ("Gebruiker aangemaakt") in the page's live region, read out politely. */
export const useShowStatus = (): ShowStatus => {
  const show = useContext(StatusContext);
  if (!show) throw new Error("useShowStatus outside StatusContext");
  return show;
};
