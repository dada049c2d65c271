import { useTranslation } from "react-i18next";
import type { CaseFile, Conversation } from "../../domain/cases/dto";
import type { Person } from "../../domain/households/dto";
import { formatDate } from "../format";
import { DataTable } from "../ui/DataTable";
import { EmptyState } from "../ui/EmptyState";
import { CaseSection } from "./CaseSection";
import { ConversationForm } from "./ConversationForm";

/** Gesprekken: the conversations so far, oldest first, and the form for a new one while the case is open. */
export const ConversationsSection = ({
  file,
  members,
  onAdded,
}: {
  file: CaseFile;
  members: readonly Person[];
  onAdded: (conversation: Conversation) => void;
}) => {
  const { t } = useTranslation();
  return (
    <CaseSection section="conversations" title={t("cases.sections.conversations")}>
      {file.conversations.length === 0 ? (
        <EmptyState>{t("cases.conversations.empty")}</EmptyState>
      ) : (
        <DataTable<Conversation>
          caption={t("cases.conversations.caption", { count: file.conversations.length })}
          hideCaption
          rows={file.conversations}
          rowKey={(talk) => talk.id}
          columns={[
            { key: "heldOn", header: t("cases.conversations.heldOn"), render: (talk) => formatDate(talk.heldOn) },
            { key: "kind", header: t("cases.conversations.kind"), render: (talk) => t(`cases.conversationKinds.${talk.kind}`) },
            { key: "participants", header: t("cases.conversations.participants"), render: (talk) => talk.participants.join(", ") },
            {
              key: "notes",
              header: t("cases.conversations.notes"),
              render: (talk) => <span className="bw-multiline">{talk.notes ?? t("common.none")}</span>,
            },
          ]}
        />
      )}
      {file.status !== "afgesloten" && <ConversationForm file={file} members={members} onAdded={onAdded} />}
    </CaseSection>
  );
};
