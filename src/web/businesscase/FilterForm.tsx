import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FilterChoices } from "../../domain/businesscase/dto";
import type { BusinessCaseFilter } from "../api/businesscase";
import { centsInput, formatDate, parseDutchDate, parseEuroCents } from "../format";
import { Button } from "../ui/Button";
import { DateField } from "../ui/DateField";
import { ErrorSummary } from "../ui/ErrorSummary";
import { Heading } from "../ui/Heading";
import { SelectField } from "../ui/SelectField";
import { TextField } from "../ui/TextField";

const integer = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text.trim()) : null);

/**
 * The selection and the settings of the business case. Checked here in Dutch before anything is sent; the
 * server checks again and its messages arrive as `serverErrors` (by field name).
 */
export const FilterForm = ({
  filter,
  choices,
  serverErrors,
  onApply,
}: {
  filter: BusinessCaseFilter;
  choices: FilterChoices;
  serverErrors: Readonly<Record<string, string>>;
  onApply: (filter: BusinessCaseFilter) => void;
}) => {
  const { t } = useTranslation();
  const [closedFrom, setClosedFrom] = useState(formatDate(filter.closedFrom));
  const [closedTo, setClosedTo] = useState(formatDate(filter.closedTo));
  const [teamId, setTeamId] = useState(filter.teamId);
  const [approachId, setApproachId] = useState(filter.approachId);
  const [rate, setRate] = useState(centsInput(filter.hourlyRateCents));
  const [teamRates, setTeamRates] = useState<Record<string, string>>(() => Object.fromEntries(Object.entries(filter.teamRates).map(([team, cents]) => [team, centsInput(cents)])));
  const [priceYear, setPriceYear] = useState(String(filter.priceYear));
  const [draws, setDraws] = useState(String(filter.draws));
  const [seed, setSeed] = useState(String(filter.seed));
  const [errors, setErrors] = useState<Record<string, string>>({});
  // A new key per attempt, so the summary takes focus again after each failed try.
  const [attempt, setAttempt] = useState(0);
  const fields = {
    closedFrom: { id: "bc-closed-from", label: t("businessCase.filter.closedFrom") },
    closedTo: { id: "bc-closed-to", label: t("businessCase.filter.closedTo") },
    teamId: { id: "bc-team", label: t("businessCase.filter.team") },
    approachId: { id: "bc-approach", label: t("businessCase.filter.approach") },
    hourlyRateCents: { id: "bc-rate", label: t("businessCase.filter.hourlyRate") },
    teamRates: { id: "bc-team-rates", label: t("businessCase.filter.teamRates") },
    priceYear: { id: "bc-price-year", label: t("businessCase.filter.priceYear") },
    draws: { id: "bc-draws", label: t("businessCase.filter.draws") },
    seed: { id: "bc-seed", label: t("businessCase.filter.seed") },
  };
  const shown = { ...serverErrors, ...errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const from = parseDutchDate(closedFrom);
    const to = parseDutchDate(closedTo);
    if (!from) found.closedFrom = t("common.dateInvalid");
    if (!to) found.closedTo = t("common.dateInvalid");
    if (from && to && to < from) found.closedTo = t("businessCase.filter.toBeforeFrom");
    const cents = parseEuroCents(rate);
    if (cents === null || cents < 1 || cents > 100_000) found.hourlyRateCents = t("businessCase.filter.rateInvalid");
    const rates: Record<string, number> = {};
    for (const [team, text] of Object.entries(teamRates)) {
      if (text.trim() === "") continue;
      const value = parseEuroCents(text);
      if (value === null || value < 1 || value > 100_000) found.teamRates = t("businessCase.filter.rateInvalid");
      else rates[team] = value;
    }
    const year = integer(priceYear);
    if (year === null || year < 2000 || year > 2100) found.priceYear = t("businessCase.filter.yearInvalid");
    const drawCount = integer(draws);
    if (drawCount === null || drawCount < 100 || drawCount > 20_000) found.draws = t("businessCase.filter.drawsInvalid");
    const seedValue = integer(seed);
    if (seedValue === null) found.seed = t("businessCase.filter.seedInvalid");
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length > 0) return;
    onApply({ closedFrom: from!, closedTo: to!, teamId, approachId, hourlyRateCents: cents!, teamRates: rates, priceYear: year!, draws: drawCount!, seed: seedValue! });
  };

  const summary = Object.entries(fields).flatMap(([name, field]) => (shown[name] ? [{ ...field, message: shown[name]! }] : []));
  return (
    <form className="utrecht-form bw-form bw-form--wide" noValidate onSubmit={submit} aria-labelledby="bc-filter-heading">
      <Heading level={2} id="bc-filter-heading">
        {t("businessCase.filter.title")}
      </Heading>
      {Object.keys(errors).length > 0 && <ErrorSummary key={attempt} message={t("businessCase.filter.fix")} fields={summary} />}
      <div className="bw-field-row">
        <DateField {...fields.closedFrom} value={closedFrom} onChange={setClosedFrom} error={shown.closedFrom} />
        <DateField {...fields.closedTo} value={closedTo} onChange={setClosedTo} error={shown.closedTo} />
      </div>
      <SelectField {...fields.teamId} value={teamId} placeholder={t("businessCase.filter.allTeams")} options={choices.teams.map((team) => ({ value: team.id, label: team.name }))} onChange={setTeamId} error={shown.teamId} />
      <SelectField
        {...fields.approachId}
        value={approachId}
        placeholder={t("businessCase.filter.allApproaches")}
        options={choices.approaches.map((a) => ({ value: a.id, label: a.active ? a.label : t("businessCase.filter.retiredApproach", { label: a.label }) }))}
        onChange={setApproachId}
        error={shown.approachId}
      />
      <TextField {...fields.hourlyRateCents} className="bw-number-field" inputMode="decimal" autoComplete="off" value={rate} onChange={setRate} description={t("businessCase.filter.hourlyRateHint")} error={shown.hourlyRateCents} />
      <details className="bw-figure__table">
        <summary>{t("businessCase.filter.teamRates")}</summary>
        <p id="bc-team-rates" className="utrecht-paragraph">
          {t("businessCase.filter.teamRatesHint")}
        </p>
        {shown.teamRates && <p className="utrecht-form-field-error-message">{shown.teamRates}</p>}
        {choices.teams.map((team) => (
          <TextField
            key={team.id}
            id={`bc-team-rate-${team.id}`}
            label={t("businessCase.filter.teamRate", { team: team.name })}
            className="bw-number-field"
            inputMode="decimal"
            autoComplete="off"
            value={teamRates[team.id] ?? ""}
            onChange={(value) => setTeamRates((current) => ({ ...current, [team.id]: value }))}
          />
        ))}
      </details>
      <TextField {...fields.priceYear} className="bw-number-field" inputMode="numeric" autoComplete="off" value={priceYear} onChange={setPriceYear} description={t("businessCase.filter.priceYearHint")} error={shown.priceYear} />
      <div className="bw-field-row">
        <TextField {...fields.draws} className="bw-number-field" inputMode="numeric" autoComplete="off" value={draws} onChange={setDraws} description={t("businessCase.filter.drawsHint")} error={shown.draws} />
        <TextField {...fields.seed} className="bw-number-field" inputMode="numeric" autoComplete="off" value={seed} onChange={setSeed} description={t("businessCase.filter.seedHint")} error={shown.seed} />
      </div>
      <Button type="submit" appearance="primary">
        {t("businessCase.filter.submit")}
      </Button>
    </form>
  );
};
