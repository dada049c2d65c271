import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Household } from "../../domain/households/dto";
import type { Question } from "../../domain/questions/dto";
import { listColleagues } from "../api/accounts";
import { useApi } from "../api/api-context";
import { isApiError } from "../api/api-error";
import { listCases, openCase } from "../api/cases";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { createHousehold, getHousehold } from "../api/households";
import { getQuestion } from "../api/questions";
import { useApiQuery } from "../api/use-api-query";
import { useMe } from "../app/session-context";
import { useShowStatus } from "../app/status-context";
import { formatDate, isoDateInDutchTime, parseDutchDate } from "../format";
import { ExistingHouseholdChoice } from "../households/ExistingHouseholdChoice";
import { emptyHousehold, type NewHousehold, NewHouseholdFields, useNewHouseholdFields } from "../households/NewHouseholdFields";
import { questionPath } from "../questions/paths";
import { QuestionDetails } from "../questions/QuestionDetails";
import { navigate, useLocation } from "../router/history";
import { Link } from "../router/Link";
import { Button } from "../ui/Button";
import { ButtonGroup } from "../ui/ButtonGroup";
import { DateField } from "../ui/DateField";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { LoadingState } from "../ui/LoadingState";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { RadioGroup } from "../ui/RadioGroup";
import { SelectField } from "../ui/SelectField";
import { directorChoices } from "./director-choices";
import { CASES_PATH, casePath, householdPath, newCaseTargetOf } from "./paths";

interface Context {
  question: Question | null;
  household: Household | null;
}

type Choice = "new" | "existing";

/** The household's active case, to link to when "Casus openen" answers that it already has one. */
const ActiveCaseLink = ({ householdId }: { householdId: string }) => {
  const { t } = useTranslation();
  const api = useApi();
  const { state } = useApiQuery((signal) => listCases(api, { status: "actief", householdId, signal }), [api, householdId]);
  const active = state.status === "ok" ? state.data[0] : undefined;
  return active ? (
    <Paragraph>
      <Link href={casePath(active.id)}>{t("cases.open.toActiveCase", { household: active.householdName })}</Link>
    </Paragraph>
  ) : null;
};

const OpenCaseForm = ({ question, household }: Context) => {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const me = useMe();
  const showStatus = useShowStatus();
  const householdFields = useNewHouseholdFields();
  const [choice, setChoice] = useState<Choice>("new");
  const [draft, setDraft] = useState<NewHousehold>(() => emptyHousehold(me.teams[0]?.id ?? "", question?.residentName ?? ""));
  const [chosenId, setChosenId] = useState("");
  /** A household registered by an earlier attempt: a second attempt must not register it again. */
  const [registered, setRegistered] = useState<Household | null>(null);
  const [caseDirectorId, setCaseDirectorId] = useState(me.id);
  // Until the colleagues are known (or when they cannot be), I am the only choice.
  const colleagues = useApiQuery((signal) => listColleagues(api, signal), [api]);
  const directors = directorChoices(
    me,
    colleagues.state.status === "ok" ? colleagues.state.data : [],
    (name) => t("cases.open.caseDirectorMe", { name }),
    i18n.language,
  );
  const [openedOn, setOpenedOn] = useState(() => formatDate(isoDateInDutchTime(new Date())));
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [conflictHousehold, setConflictHousehold] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);
  const errors = fieldMessages(failure);
  const fixed = household ?? registered;

  useEffect(() => {
    firstField.current?.focus();
  }, []);

  const fields = {
    ...(fixed || choice === "existing" ? {} : householdFields),
    householdId: { id: "case-household", label: t("cases.fields.household") },
    openedOn: { id: "case-opened-on", label: t("cases.fields.openedOn") },
    caseDirectorId: { id: "case-director", label: t("cases.fields.caseDirector") },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    setConflictHousehold(null);
    const isoDate = parseDutchDate(openedOn);
    let householdId = fixed?.id ?? (choice === "existing" ? chosenId : "");
    try {
      if (!householdId) {
        const created = await createHousehold(api, {
          name: draft.name,
          street: draft.street,
          houseNumber: draft.houseNumber,
          postcode: draft.postcode,
          city: draft.city,
          teamId: draft.teamId,
        });
        setRegistered(created);
        householdId = created.id;
      }
      const opened = await openCase(api, {
        householdId,
        caseDirectorId,
        questionId: question?.id ?? null,
        openedOn: isoDate ?? openedOn,
      });
      const path = casePath(opened.id);
      showStatus(t("cases.open.done", { household: opened.householdName }), { path });
      navigate(path);
    } catch (error) {
      const failed = formFailureOf(error);
      setFailure(isoDate === null ? withFieldMessage(failed, "openedOn", t("common.dateInvalid")) : failed);
      if (isApiError(error) && error.code === "conflict" && householdId) setConflictHousehold(householdId);
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit}>
      <FormFailureAlert failure={failure} fields={fields} onReload={() => setFailure(null)} />
      {conflictHousehold && <ActiveCaseLink householdId={conflictHousehold} />}
      {fixed ? (
        <Paragraph id={fields.householdId.id}>
          {t("cases.open.forHousehold")} <Link href={householdPath(fixed.id)}>{fixed.name}</Link>
        </Paragraph>
      ) : (
        <>
          <RadioGroup<Choice>
            id="case-household-choice"
            legend={t("cases.fields.household")}
            options={[
              { value: "new", label: t("cases.open.newHousehold") },
              { value: "existing", label: t("cases.open.existingHousehold") },
            ]}
            value={choice}
            onChange={setChoice}
          />
          {choice === "new" ? (
            <NewHouseholdFields value={draft} onChange={setDraft} errors={errors} nameRef={firstField} />
          ) : (
            <ExistingHouseholdChoice id={fields.householdId.id} value={chosenId} onChange={setChosenId} error={errors.householdId} />
          )}
        </>
      )}
      <DateField
        {...fields.openedOn}
        ref={fixed ? firstField : undefined}
        value={openedOn}
        onChange={setOpenedOn}
        error={errors.openedOn}
      />
      <SelectField
        {...fields.caseDirectorId}
        value={caseDirectorId}
        options={directors}
        onChange={setCaseDirectorId}
        error={errors.caseDirectorId}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          {t("cases.open.submit")}
        </Button>
        <Link href={question ? questionPath(question.id) : CASES_PATH}>{t("common.cancel")}</Link>
      </ButtonGroup>
    </form>
  );
};

/**
 * Casussen → Casus openen: for a new or a registered household, from a question triaged as
 * "gesprek nodig" (`?vraag=…`) or from the household's page (`?huishouden=…`). I am the case
 * director unless I choose a colleague; the date defaults to today.
 */
export const CaseOpenPage = () => {
  const { t } = useTranslation();
  const api = useApi();
  const me = useMe();
  const { search } = useLocation();
  const { questionId, householdId } = newCaseTargetOf(search);
  // Only roles that work with questions may read one; a 403 would replace the whole page.
  const mayReadQuestion = me.permissions.includes("questions:use");
  const { state, reload } = useApiQuery<Context>(
    async (signal) => {
      const [question, household] = await Promise.all([
        questionId && mayReadQuestion ? getQuestion(api, questionId, signal) : null,
        householdId ? getHousehold(api, householdId, signal) : null,
      ]);
      return { question, household };
    },
    [api, questionId, householdId, mayReadQuestion],
  );
  return (
    <>
      <PageHeading>{t("cases.open.title")}</PageHeading>
      <Paragraph>{t("cases.open.intro")}</Paragraph>
      {state.status === "loading" && <LoadingState />}
      {state.status === "error" && <ErrorAlert error={state.error} onRetry={reload} />}
      {state.status === "ok" && (
        <>
          {state.data.question && <QuestionDetails question={state.data.question} />}
          <OpenCaseForm key={state.loadId} {...state.data} />
        </>
      )}
    </>
  );
};
