import type { FindingsByPath } from "./findings";
import type { Draft } from "./model-draft";

/** What every part of the editor gets: the draft, a way to change it, and the model check's findings per path. */
export interface EditorPartProps {
  readonly draft: Draft;
  readonly onChange: (draft: Draft) => void;
  readonly findings: FindingsByPath;
}
