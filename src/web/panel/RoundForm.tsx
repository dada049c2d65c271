import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Round } from "../../domain/panel/dto";
import { useApi } from "../api/api-context";
import { withFieldMessage } from "../api/form-failure";
import { createRound } from "../api/panel";
import { useShowStatus } from "../app/status-context";
import { formatDate, isoDateInDutchTime, parseDutchDate } from "../format";
import { Button } from "../ui/Button";
import { Checkbox } from "../ui/Checkbox";
import { DateField } from "../ui/DateField";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { TextField } from "../ui/TextField";
import { useAddForm } from "../ui/use-add-form";
import { roundPath } from "./paths";
import { wholeNumber } from "./verdict-input";

const yearAgo = (today: string) => `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;

/** A new round: a seeded sample of the cases closed in a period, optionally proportional per team. */
export const RoundForm = ({ onCreated }: { onCreated: (round: Round) => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const today = isoDateInDutchTime(new Date());
  const [name, setName] = useState("");
  const [sampleSize, setSampleSize] = useState("150");
  // A visible, editable seed: the same seed on the same cases draws the same sample (reproducible).
  const [seed, setSeed] = useState(() => String(Math.floor(Math.random() * 100_000)));
  const [closedFrom, setClosedFrom] = useState(formatDate(yearAgo(today)));
  const [closedTo, setClosedTo] = useState(formatDate(today));
  const [stratifyByTeam, setStratifyByTeam] = useState(true);
  const fields = {
    name: { id: "round-name", label: t("panel.rounds.name") },
    sampleSize: { id: "round-sample-size", label: t("panel.rounds.sampleSize") },
    seed: { id: "round-seed", label: t("panel.rounds.seed") },
    closedFrom: { id: "round-closed-from", label: t("panel.rounds.closedFrom") },
    closedTo: { id: "round-closed-to", label: t("panel.rounds.closedTo") },
  };
  const form = useAddForm(
    async () => {
      const round = await createRound(api, {
        name,
        sampleSize: wholeNumber(sampleSize) ?? (sampleSize as unknown as number),
        seed: wholeNumber(seed) ?? (seed as unknown as number),
        closedFrom: parseDutchDate(closedFrom) ?? closedFrom,
        closedTo: parseDutchDate(closedTo) ?? closedTo,
        stratifyByTeam,
      });
      showStatus(t("panel.rounds.created", { name: round.name, count: round.items }), { path: roundPath(round.id) });
      onCreated(round);
    },
    {
      adjustFailure: (failure) => {
        let adjusted = failure;
        if (wholeNumber(sampleSize) === null) adjusted = withFieldMessage(adjusted, "sampleSize", t("panel.verdict.wholeNumber"));
        if (wholeNumber(seed) === null) adjusted = withFieldMessage(adjusted, "seed", t("panel.verdict.wholeNumber"));
        if (parseDutchDate(closedFrom) === null) adjusted = withFieldMessage(adjusted, "closedFrom", t("common.dateInvalid"));
        if (parseDutchDate(closedTo) === null) adjusted = withFieldMessage(adjusted, "closedTo", t("common.dateInvalid"));
        return adjusted;
      },
    },
  );
  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={form.submit} aria-label={t("panel.rounds.new")}>
      <FormFailureAlert failure={form.failure} fields={fields} onReload={form.clearFailure} />
      <TextField {...fields.name} ref={form.firstField} value={name} onChange={setName} error={form.errors.name} autoComplete="off" />
      <TextField {...fields.sampleSize} className="bw-number-field" inputMode="numeric" autoComplete="off" value={sampleSize} onChange={setSampleSize} description={t("panel.rounds.sampleSizeHint")} error={form.errors.sampleSize} />
      <TextField {...fields.seed} className="bw-number-field" inputMode="numeric" autoComplete="off" value={seed} onChange={setSeed} description={t("panel.rounds.seedHint")} error={form.errors.seed} />
      <DateField {...fields.closedFrom} value={closedFrom} onChange={setClosedFrom} error={form.errors.closedFrom} />
      <DateField {...fields.closedTo} value={closedTo} onChange={setClosedTo} error={form.errors.closedTo} />
      <Checkbox id="round-stratify" label={t("panel.rounds.stratify")} checked={stratifyByTeam} onChange={setStratifyByTeam} />
      <Button type="submit" appearance="primary" busy={form.busy}>
        {t("panel.rounds.submit")}
      </Button>
    </form>
  );
};
