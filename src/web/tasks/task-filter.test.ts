import { describe, expect, it } from "vitest";
import { taskFilterOf, taskFilterPath } from "./task-filter";

describe("task filter in the address", () => {
  it("defaults to my tasks, all of them", () => {
    expect(taskFilterOf("")).toEqual({ scope: "mine", overdueOnly: false });
    expect(taskFilterOf("?scope=iedereen&overdue=ja")).toEqual({ scope: "mine", overdueOnly: false });
    expect(taskFilterPath({ scope: "mine", overdueOnly: false })).toBe("/taken");
  });

  it("round-trips my teams' overdue tasks", () => {
    const path = taskFilterPath({ scope: "my_teams", overdueOnly: true });
    expect(path).toBe("/taken?scope=my_teams&overdue=true");
    expect(taskFilterOf(path.slice(path.indexOf("?")))).toEqual({ scope: "my_teams", overdueOnly: true });
  });
});
