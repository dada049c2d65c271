import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Team } from "../../../domain/accounts/dto";
import { renameTeam } from "../../api/accounts";
import { useApi } from "../../api/api-context";
import { useShowStatus } from "../../app/status-context";
import { Button } from "../../ui/Button";
import { DataTable } from "../../ui/DataTable";
import { RenameForm } from "../RenameForm";

/** The teams, each renamable in place. */
export const TeamTable = ({ teams, onChanged }: { teams: readonly Team[]; onChanged: () => void }) => {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const showStatus = useShowStatus();
  const [editing, setEditing] = useState<string | null>(null);
  const triggers = useRef(new Map<string, HTMLButtonElement>());
  const sorted = [...teams].sort((a, b) => a.name.localeCompare(b.name, i18n.language));

  const stopEditing = (id: string) => {
    setEditing(null);
    requestAnimationFrame(() => triggers.current.get(id)?.focus());
  };

  return (
    <DataTable<Team>
      caption={t("teams.listHeading")}
      hideCaption
      rows={sorted}
      rowKey={(team) => team.id}
      columns={[
        {
          key: "name",
          header: t("teams.fields.name"),
          render: (team) =>
            editing === team.id ? (
              <RenameForm
                id={`team-name-${team.id}`}
                label={t("teams.rename.label", { name: team.name })}
                initialName={team.name}
                onSave={async (name) => {
                  const saved = await renameTeam(api, team.id, { version: team.version, name });
                  showStatus(t("teams.rename.done", { name: saved.name }));
                  stopEditing(team.id);
                  onChanged();
                }}
                onCancel={() => stopEditing(team.id)}
                onReload={() => {
                  stopEditing(team.id);
                  onChanged();
                }}
              />
            ) : (
              team.name
            ),
        },
        { key: "organisation", header: t("teams.fields.organisation"), render: (team) => team.organisationName },
        { key: "members", header: t("teams.fields.members"), numeric: true, render: (team) => team.memberCount },
        {
          key: "actions",
          header: t("common.actions"),
          render: (team) =>
            editing === team.id ? null : (
              <Button
                appearance="subtle"
                ref={(element) => {
                  if (element) triggers.current.set(team.id, element);
                  else triggers.current.delete(team.id);
                }}
                onClick={() => setEditing(team.id)}
              >
                {t("common.rename")}
                <span className="bw-visually-hidden"> {team.name}</span>
              </Button>
            ),
        },
      ]}
    />
  );
};
