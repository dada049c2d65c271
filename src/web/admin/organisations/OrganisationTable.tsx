import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Organisation } from "../../../domain/accounts/dto";
import { renameOrganisation } from "../../api/accounts";
import { useApi } from "../../api/api-context";
import { useShowStatus } from "../../app/status-context";
import { Button } from "../../ui/Button";
import { DataTable } from "../../ui/DataTable";
import { RenameForm } from "../RenameForm";

/** The organisations, each renamable in place. */
export const OrganisationTable = ({
  organisations,
  onChanged,
}: {
  organisations: readonly Organisation[];
  onChanged: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [editing, setEditing] = useState<string | null>(null);
  const triggers = useRef(new Map<string, HTMLButtonElement>());
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name, i18n.language));

  const stopEditing = (id: string) => {
    setEditing(null);
    requestAnimationFrame(() => triggers.current.get(id)?.focus());
  };

  return (
    <DataTable<Organisation>
      caption={t("organisations.listHeading")}
      hideCaption
      rows={sorted}
      rowKey={(organisation) => organisation.id}
      columns={[
        {
          key: "name",
          header: t("organisations.fields.name"),
          render: (organisation) =>
            editing === organisation.id ? (
              <RenameForm
                id={`organisation-name-${organisation.id}`}
                label={t("organisations.rename.label", { name: organisation.name })}
                initialName={organisation.name}
                onSave={async (name) => {
                  const saved = await renameOrganisation(api, organisation.id, { version: organisation.version, name });
                  showStatus(t("organisations.rename.done", { name: saved.name }));
                  stopEditing(organisation.id);
                  onChanged();
                }}
                onCancel={() => stopEditing(organisation.id)}
                onReload={() => {
                  stopEditing(organisation.id);
                  onChanged();
                }}
              />
            ) : (
              organisation.name
            ),
        },
        {
          key: "actions",
          header: t("common.actions"),
          render: (organisation) =>
            editing === organisation.id ? null : (
              <Button
                appearance="subtle"
                ref={(element) => {
                  if (element) triggers.current.set(organisation.id, element);
                  else triggers.current.delete(organisation.id);
                }}
                onClick={() => setEditing(organisation.id)}
              >
                {t("common.rename")}
                <span className="bw-visually-hidden"> {organisation.name}</span>
              </Button>
            ),
        },
      ]}
    />
  );
};
