import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Person } from "../../domain/households/dto";
import { useMe } from "../app/session-context";
import { formatDate } from "../format";
import { DataTable } from "../ui/DataTable";
import { DisclosureButton } from "../ui/DisclosureButton";
import { EmptyState } from "../ui/EmptyState";
import { Heading } from "../ui/Heading";
import { fullName } from "./household-text";
import { MemberForm } from "./MemberForm";

/** The household's members; the BSN itself only for roles that may see it, others read whether one is known. */
export const MembersSection = ({
  householdId,
  members,
  onAdded,
}: {
  householdId: string;
  members: readonly Person[];
  onAdded: (person: Person) => void;
}) => {
  const { t } = useTranslation();
  const me = useMe();
  const [adding, setAdding] = useState(false);
  const mayViewBsn = me.permissions.includes("bsn:view");
  const bsnOf = (person: Person) => {
    if (!person.hasBsn) return t("common.none");
    return mayViewBsn && person.bsn ? person.bsn : t("households.members.bsnKnown");
  };
  return (
    <section aria-labelledby="members-heading" className="bw-section">
      <Heading level={2} id="members-heading">
        {t("households.members.heading")}
      </Heading>
      {members.length === 0 ? (
        <EmptyState>{t("households.members.empty")}</EmptyState>
      ) : (
        <DataTable<Person>
          caption={t("households.members.caption", { count: members.length })}
          hideCaption
          rows={members}
          rowKey={(person) => person.id}
          columns={[
            { key: "name", header: t("households.members.name"), render: fullName },
            {
              key: "birthDate",
              header: t("households.members.birthDate"),
              render: (person) => (person.birthDate ? formatDate(person.birthDate) : t("common.none")),
            },
            { key: "relation", header: t("households.members.relation"), render: (person) => t(`households.relations.${person.relation}`) },
            { key: "bsn", header: t("households.members.bsnColumn"), render: bsnOf },
          ]}
        />
      )}
      <DisclosureButton label={t("households.members.add")} open={adding} onOpenChange={setAdding} controls="member-form">
        <MemberForm
          householdId={householdId}
          onCancel={() => setAdding(false)}
          onAdded={(person) => {
            setAdding(false);
            onAdded(person);
          }}
        />
      </DisclosureButton>
    </section>
  );
};
