import { parseDutchDate } from "../format";
import { newKey } from "../ui/list-items";

/** One planned action as typed in the meeting form. */
export interface ActionLine {
  readonly key: string;
  readonly what: string;
  readonly owner: string;
  readonly dueOn: string;
}

export const emptyActionLine = (): ActionLine => ({ key: newKey(), what: "", owner: "", dueOn: "" });

/**
 * The actions worth sending — wholly empty lines dropped — with dates as ISO (or as typed, so the
 * server names the problem), and the form line of each, to show an error at `actions.1.owner` there.
 * @example actionsToSend([{ key: "a", what: "", owner: "", dueOn: "" }, { key: "b", what: "Bellen", owner: "Wmo", dueOn: "1-2-2026" }])
 * // { actions: [{ what: "Bellen", owner: "Wmo", dueOn: "2026-02-01" }], formIndexes: [1] }
 */
export const actionsToSend = (lines: readonly ActionLine[]) => {
  const actions: { what: string; owner: string; dueOn: string }[] = [];
  const formIndexes: number[] = [];
  lines.forEach((line, index) => {
    if (!line.what.trim() && !line.owner.trim() && !line.dueOn.trim()) return;
    actions.push({ what: line.what.trim(), owner: line.owner.trim(), dueOn: parseDutchDate(line.dueOn) ?? line.dueOn });
    formIndexes.push(index);
  });
  return { actions, formIndexes };
};
