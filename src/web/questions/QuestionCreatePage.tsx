import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Channel, Topic } from "../../domain/questions/dto";
import { useApi } from "../api/api-context";
import { type FormFailure, fieldMessages, formFailureOf, withFieldMessage } from "../api/form-failure";
import { registerQuestion } from "../api/questions";
import { useShowStatus } from "../app/status-context";
import { formatDate, isoDateInDutchTime, parseDutchDate } from "../format";
import { navigate } from "../router/history";
import { Link } from "../router/Link";
import { Button } from "../ui/Button";
import { ButtonGroup } from "../ui/ButtonGroup";
import { DateField } from "../ui/DateField";
import { FormFailureAlert } from "../ui/FormFailureAlert";
import { PageHeading } from "../ui/PageHeading";
import { Paragraph } from "../ui/Paragraph";
import { SelectField } from "../ui/SelectField";
import { TextAreaField } from "../ui/TextAreaField";
import { TextField } from "../ui/TextField";
import { QUESTIONS_PATH, questionPath } from "./paths";
import { useQuestionOptions } from "./use-question-options";

/**
 * The registration form, built for speed at the front door: the first field has focus, Tab walks
 * the fields in order, Enter (Ctrl+Enter in the text area) registers. Name and contact may stay
 * empty (anonymous). The team is left out: the list of teams is for the beheerder only.
 */
const RegisterQuestionForm = () => {
  const { t } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const { channels, topics } = useQuestionOptions();
  const [receivedOn, setReceivedOn] = useState(() => formatDate(isoDateInDutchTime(new Date())));
  const [channel, setChannel] = useState("");
  const [topic, setTopic] = useState("");
  const [asked, setAsked] = useState("");
  const [residentName, setResidentName] = useState("");
  const [residentContact, setResidentContact] = useState("");
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);
  const errors = fieldMessages(failure);

  useEffect(() => {
    firstField.current?.focus();
  }, []);

  const fields = {
    receivedOn: { id: "question-received-on", label: t("questions.fields.receivedOn") },
    channel: { id: "question-channel", label: t("questions.fields.channel") },
    topic: { id: "question-topic", label: t("questions.fields.topic") },
    asked: { id: "question-asked", label: t("questions.fields.asked") },
    residentName: { id: "question-resident-name", label: t("questions.fields.residentName") },
    residentContact: { id: "question-resident-contact", label: t("questions.fields.residentContact") },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const isoDate = parseDutchDate(receivedOn);
    try {
      // An empty choice or an unreadable date goes to the server as it is: it answers with every
      // field problem at once, and the date's message is replaced by one in the form's own format.
      const question = await registerQuestion(api, {
        receivedOn: isoDate ?? receivedOn,
        channel: channel as Channel,
        topic: topic as Topic,
        asked,
        residentName,
        residentContact,
      });
      const path = questionPath(question.id);
      showStatus(t("questions.registered"), { path });
      navigate(path);
    } catch (error) {
      const failed = formFailureOf(error);
      setFailure(isoDate === null ? withFieldMessage(failed, "receivedOn", t("common.dateInvalid")) : failed);
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form bw-form" noValidate onSubmit={submit}>
      <FormFailureAlert failure={failure} fields={fields} onReload={() => setFailure(null)} />
      <DateField
        {...fields.receivedOn}
        ref={firstField}
        value={receivedOn}
        onChange={setReceivedOn}
        description={t("questions.hints.receivedOn")}
        error={errors.receivedOn}
      />
      <SelectField
        {...fields.channel}
        value={channel}
        options={channels}
        onChange={setChannel}
        placeholder={t("questions.chooseChannel")}
        error={errors.channel}
      />
      <SelectField
        {...fields.topic}
        value={topic}
        options={topics}
        onChange={setTopic}
        placeholder={t("questions.chooseTopic")}
        error={errors.topic}
      />
      <TextAreaField
        {...fields.asked}
        value={asked}
        onChange={setAsked}
        description={t("questions.hints.asked")}
        error={errors.asked}
      />
      <TextField
        {...fields.residentName}
        value={residentName}
        onChange={setResidentName}
        autoComplete="off"
        description={t("questions.hints.residentName")}
        error={errors.residentName}
      />
      <TextField
        {...fields.residentContact}
        value={residentContact}
        onChange={setResidentContact}
        autoComplete="off"
        description={t("questions.hints.residentContact")}
        error={errors.residentContact}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          {t("questions.register")}
        </Button>
        <Link href={QUESTIONS_PATH}>{t("common.cancel")}</Link>
      </ButtonGroup>
    </form>
  );
};

/** Vragen → Nieuwe vraag. */
export const QuestionCreatePage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t("questions.new")}</PageHeading>
      <Paragraph>{t("questions.newIntro")}</Paragraph>
      <RegisterQuestionForm />
    </>
  );
};
