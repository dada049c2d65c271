import { useTranslation } from "react-i18next";
import { Button } from "../ui/Button";
import { DateField } from "../ui/DateField";
import { TextField } from "../ui/TextField";
import { type ActionLine, emptyActionLine } from "./action-lines";

/** The actions agreed in a meeting: what, who does it, and by when — one line each. */
export const ActionsFieldset = ({ lines, onChange, errorAt }: { lines: readonly ActionLine[]; onChange: (lines: ActionLine[]) => void; errorAt: (index: number, field: "what" | "owner" | "dueOn") => string | undefined }) => {
  const { t } = useTranslation();
  const update = (key: string, change: Partial<ActionLine>) => onChange(lines.map((line) => (line.key === key ? { ...line, ...change } : line)));
  return (
    <fieldset id="meeting-actions" className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset bw-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-label">{t("platform.meeting.actions")}</legend>
      {lines.map((line, index) => (
        <div key={line.key} className="bw-action-line">
          <TextField id={`meeting-action-${index}-what`} label={t("platform.meeting.actionWhat", { n: index + 1 })} value={line.what} onChange={(what) => update(line.key, { what })} autoComplete="off" error={errorAt(index, "what")} />
          <TextField id={`meeting-action-${index}-owner`} label={t("platform.meeting.actionOwner", { n: index + 1 })} value={line.owner} onChange={(owner) => update(line.key, { owner })} autoComplete="off" error={errorAt(index, "owner")} />
          <DateField id={`meeting-action-${index}-due`} label={t("platform.meeting.actionDue", { n: index + 1 })} value={line.dueOn} onChange={(dueOn) => update(line.key, { dueOn })} error={errorAt(index, "dueOn")} />
          <Button appearance="subtle" onClick={() => onChange(lines.filter((candidate) => candidate.key !== line.key))}>
            {t("platform.meeting.removeAction", { n: index + 1 })}
          </Button>
        </div>
      ))}
      <div>
        <Button onClick={() => onChange([...lines, emptyActionLine()])}>{t("platform.meeting.addAction")}</Button>
      </div>
    </fieldset>
  );
};
