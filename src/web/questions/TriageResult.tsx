import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Question } from "../../domain/questions/dto";
import { useMe } from "../app/session-context";
import { newCasePath } from "../cases/paths";
import { formatDate, formatDateTime } from "../format";
import { DataList, type DataListItem } from "../ui/DataList";
import { Heading } from "../ui/Heading";
import { ButtonLink } from "../ui/ButtonLink";
import { Paragraph } from "../ui/Paragraph";
import { QuestionStatusBadge } from "./QuestionStatusBadge";

export interface TriageResultProps {
  question: Question;
  /** Set right after the triage (or a reload): the heading takes focus, as the form it replaces is gone. */
  takeFocus?: boolean;
}

/**
 * The decision on a triaged question, and when its personal data were removed. "Gesprek nodig"
 * offers "Casus openen" to those who work on cases.
 */
export const TriageResult = ({ question, takeFocus = false }: TriageResultProps) => {
  const { t } = useTranslation();
  const me = useMe();
  const mayOpenCase = question.outcome === "needs_conversation" && me.permissions.includes("cases:use");
  const headingRef = useRef<HTMLHeadingElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the result first shows
  useEffect(() => {
    if (takeFocus) headingRef.current?.focus();
  }, []);

  const items: readonly DataListItem[] = [
    { key: "outcome", label: t("questions.triage.outcome"), value: <QuestionStatusBadge outcome={question.outcome} /> },
    ...(question.referredTo
      ? [{ key: "referredTo", label: t("questions.triage.referredToLabel"), value: question.referredTo }]
      : []),
    ...(question.triageNote
      ? [{ key: "note", label: t("questions.triage.noteLabel"), value: question.triageNote, multiline: true }]
      : []),
    ...(question.triagedAt
      ? [{ key: "triagedAt", label: t("questions.triage.triagedAt"), value: formatDateTime(question.triagedAt) }]
      : []),
  ];

  return (
    <section aria-labelledby="triage-result-heading" className="bw-section">
      <Heading level={2} id="triage-result-heading" ref={headingRef} tabIndex={-1}>
        {t("questions.triage.resultHeading")}
      </Heading>
      <DataList items={items} />
      {mayOpenCase && (
        <p className="bw-actions">
          <ButtonLink href={newCasePath({ questionId: question.id })} appearance="primary">
            {t("cases.open.title")}
          </ButtonLink>
        </p>
      )}
      {question.personalDataRemovedAt && (
        <Paragraph>{t("questions.triage.personalDataRemoved", { date: formatDate(question.personalDataRemovedAt) })}</Paragraph>
      )}
    </section>
  );
};
