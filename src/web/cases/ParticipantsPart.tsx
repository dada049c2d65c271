import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseFile, Participant } from "../../domain/cases/dto";
import { DataTable } from "../ui/DataTable";
import { DisclosureButton } from "../ui/DisclosureButton";
import { EmptyState } from "../ui/EmptyState";
import { Heading } from "../ui/Heading";
import { ParticipantForm } from "./ParticipantForm";

/**
 * Betrokkenen, in the Overzicht: who else is involved in the case, and (while it is open) a form to
 * add someone. The conversation form offers them as participants.
 */
export const ParticipantsPart = ({ file, onAdded }: { file: CaseFile; onAdded: (participant: Participant) => void }) => {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="case-participants-heading" className="bw-section">
      <Heading level={3} id="case-participants-heading">
        {t("cases.participants.heading")}
      </Heading>
      {file.participants.length === 0 ? (
        <EmptyState>{t("cases.participants.empty")}</EmptyState>
      ) : (
        <DataTable<Participant>
          caption={t("cases.participants.caption", { count: file.participants.length })}
          hideCaption
          rows={file.participants}
          rowKey={(participant) => participant.id}
          columns={[
            { key: "name", header: t("cases.participants.name"), render: (participant) => participant.name },
            { key: "role", header: t("cases.participants.role"), render: (participant) => t(`cases.participantRoles.${participant.role}`) },
          ]}
        />
      )}
      {file.status !== "afgesloten" && (
        <DisclosureButton label={t("cases.participants.add")} open={adding} onOpenChange={setAdding} controls="participant-form">
          <ParticipantForm
            caseId={file.id}
            onCancel={() => setAdding(false)}
            onAdded={(participant) => {
              setAdding(false);
              onAdded(participant);
            }}
          />
        </DisclosureButton>
      )}
    </section>
  );
};
