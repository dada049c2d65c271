import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { NetworkMember } from "../../domain/households/dto";
import { DataTable } from "../ui/DataTable";
import { DisclosureButton } from "../ui/DisclosureButton";
import { EmptyState } from "../ui/EmptyState";
import { Heading } from "../ui/Heading";
import { NetworkForm } from "./NetworkForm";

/** The people around the household who can help. */
export const NetworkSection = ({
  householdId,
  network,
  onAdded,
}: {
  householdId: string;
  network: readonly NetworkMember[];
  onAdded: (member: NetworkMember) => void;
}) => {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const orNone = (value: string | null) => value ?? t("common.none");
  return (
    <section aria-labelledby="network-heading" className="bw-section">
      <Heading level={2} id="network-heading">
        {t("households.network.heading")}
      </Heading>
      {network.length === 0 ? (
        <EmptyState>{t("households.network.empty")}</EmptyState>
      ) : (
        <DataTable<NetworkMember>
          caption={t("households.network.caption", { count: network.length })}
          hideCaption
          rows={network}
          rowKey={(member) => member.id}
          columns={[
            { key: "name", header: t("households.network.name"), render: (member) => member.name },
            { key: "kind", header: t("households.network.kind"), render: (member) => t(`households.networkKinds.${member.kind}`) },
            { key: "phone", header: t("households.network.phone"), render: (member) => orNone(member.phone) },
            { key: "email", header: t("households.network.email"), render: (member) => orNone(member.email) },
            { key: "note", header: t("households.network.note"), render: (member) => orNone(member.note) },
          ]}
        />
      )}
      <DisclosureButton label={t("households.network.add")} open={adding} onOpenChange={setAdding} controls="network-form">
        <NetworkForm
          householdId={householdId}
          onCancel={() => setAdding(false)}
          onAdded={(member) => {
            setAdding(false);
            onAdded(member);
          }}
        />
      </DisclosureButton>
    </section>
  );
};
