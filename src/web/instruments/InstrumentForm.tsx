import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { createInstrument } from "../api/outcomes";
import { useApi } from "../api/api-context";
import { type FieldRef, type FormFailure, formFailureOf, messagesById } from "../api/form-failure";
import { useShowStatus } from "../app/status-context";
import { Button } from "../ui/Button";
import { EditableList } from "../ui/EditableList";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { Heading } from "../ui/Heading";
import { listItemsOf } from "../ui/list-items";
import { Paragraph } from "../ui/Paragraph";
import { TextField } from "../ui/TextField";
import { type InstrumentDraft, instrumentCodeOf, instrumentOf } from "./instrument-form";

const emptyDraft = (): InstrumentDraft => ({ name: "", code: "", domains: listItemsOf([""]), levels: listItemsOf(["", ""]) });

/**
 * "Nieuw meetinstrument": a name, a code (suggested from the name), the domains to score and the levels
 * from low to high. Codes of domains are made from their labels; the levels are numbered in order.
 */
export const InstrumentForm = ({ onCreated }: { onCreated: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [draft, setDraft] = useState<InstrumentDraft>(emptyDraft);
  const [codeTouched, setCodeTouched] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [sentFields, setSentFields] = useState<Record<string, FieldRef>>({});
  const [busy, setBusy] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);
  const errors = messagesById(failure, sentFields);
  const fields = {
    name: { id: "instrument-name", label: t("instruments.fields.name") },
    code: { id: "instrument-code", label: t("instruments.fields.code") },
    domains: { id: "instrument-domains", label: t("instruments.fields.domains") },
    levels: { id: "instrument-levels", label: t("instruments.fields.levels") },
  };
  const domainLabel = (n: number) => t("instruments.fields.domain", { n });
  const levelLabel = (n: number) => t("instruments.fields.level", { n });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const { input, domainLines, levelLines } = instrumentOf(draft);
    // API paths point at the sent lists; map them back to the lines on screen (empty lines are left out).
    const sent: Record<string, FieldRef> = { ...fields };
    domainLines.forEach((line, index) => {
      const ref = { id: `instrument-domains-${line}`, label: domainLabel(line + 1) };
      sent[`domains.${index}.label`] = ref;
      sent[`domains.${index}.code`] = ref;
    });
    levelLines.forEach((line, index) => {
      sent[`levels.${index}.label`] = { id: `instrument-levels-${line}`, label: levelLabel(line + 1) };
    });
    setSentFields(sent);
    try {
      const created = await createInstrument(api, input);
      showStatus(t("instruments.created", { name: created.name }));
      setDraft(emptyDraft());
      setCodeTouched(false);
      setBusy(false);
      onCreated();
      firstField.current?.focus();
    } catch (error) {
      setFailure(formFailureOf(error, { fullPaths: true }));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="instrument-form-heading" className="bw-section">
      <Heading level={2} id="instrument-form-heading">
        {t("instruments.new")}
      </Heading>
      <form className="utrecht-form bw-form bw-form--wide" noValidate onSubmit={submit}>
        <FormFailureAlert failure={failure} fields={sentFields} onReload={() => setFailure(null)} />
        <TextField
          {...fields.name}
          ref={firstField}
          value={draft.name}
          onChange={(name) => setDraft({ ...draft, name, code: codeTouched ? draft.code : instrumentCodeOf(name) })}
          autoComplete="off"
          error={errors[fields.name.id]}
        />
        <TextField
          {...fields.code}
          value={draft.code}
          onChange={(code) => {
            setCodeTouched(true);
            setDraft({ ...draft, code });
          }}
          autoComplete="off"
          description={t("instruments.codeHint")}
          error={errors[fields.code.id]}
        />
        <EditableList
          id="instrument-domains"
          legend={fields.domains.label}
          items={draft.domains}
          onChange={(domains) => setDraft({ ...draft, domains })}
          itemLabel={(index) => domainLabel(index + 1)}
          addLabel={t("instruments.addDomain")}
          removeLabel={t("instruments.remove")}
          errorAt={(index) => errors[`instrument-domains-${index}`]}
          error={errors[fields.domains.id]}
        />
        <Paragraph>{t("instruments.levelsHint")}</Paragraph>
        <EditableList
          id="instrument-levels"
          legend={fields.levels.label}
          items={draft.levels}
          onChange={(levels) => setDraft({ ...draft, levels })}
          itemLabel={(index) => levelLabel(index + 1)}
          addLabel={t("instruments.addLevel")}
          removeLabel={t("instruments.remove")}
          errorAt={(index) => errors[`instrument-levels-${index}`]}
          error={errors[fields.levels.id]}
        />
        <div>
          <Button type="submit" appearance="primary" busy={busy}>
            {t("instruments.create")}
          </Button>
        </div>
      </form>
    </section>
  );
};
