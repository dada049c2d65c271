import { useTranslation } from "react-i18next";
import type { Packet } from "../../domain/panel/dto";
import { formatDecimal } from "../format";
import { DataList } from "../ui/DataList";
import { DataTable } from "../ui/DataTable";
import { Heading } from "../ui/Heading";
import { Paragraph } from "../ui/Paragraph";

/** A domain code as words ("sociaal_netwerk" → "Sociaal netwerk"): the packet carries codes, not the instrument. */
const domainLabel = (code: string) => {
  const words = code.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * A pseudonymised packet: what happened, in days since the case opened; no names, BSN, addresses or dates.
 * Labels of statuses, activities and outcomes come from the case page's translations.
 */
export const PacketView = ({ packet, summary, headingLevel = 2 }: { packet: Packet; summary: string | null; headingLevel?: 2 | 3 }) => {
  const { t } = useTranslation();
  const sub = (headingLevel + 1) as 3 | 4;
  const day = (d: number) => t("panel.packet.day", { day: d });
  return (
    <div className="bw-packet">
      <Paragraph>{t("panel.packet.pseudonymised")}</Paragraph>
      <DataList
        items={[
          { key: "duration", label: t("panel.packet.duration"), value: packet.durationDays === null ? "—" : t("panel.packet.days", { count: packet.durationDays }) },
          { key: "hours", label: t("panel.packet.totalHours"), value: formatDecimal(packet.totalHours) },
          { key: "outcome", label: t("panel.packet.closingOutcome"), value: packet.closingOutcome ? t(`cases.closingOutcomes.${packet.closingOutcome}`, { defaultValue: packet.closingOutcome }) : "—" },
          { key: "satisfaction", label: t("panel.packet.satisfaction"), value: packet.satisfaction ?? "—" },
          { key: "summary", label: t("panel.packet.summary"), value: summary ?? t("panel.packet.noSummary"), multiline: true },
        ]}
      />
      <Heading level={sub}>{t("panel.packet.steps")}</Heading>
      <DataTable
        caption={t("panel.packet.steps")}
        hideCaption
        rows={packet.steps.map((s, i) => ({ ...s, i }))}
        rowKey={(s) => String(s.i)}
        columns={[
          { key: "day", header: t("panel.packet.dayHeader"), render: (s) => day(s.day) },
          { key: "status", header: t("panel.packet.status"), render: (s) => t(`cases.status.${s.status}`, { defaultValue: s.status }) },
        ]}
      />
      <Heading level={sub}>{t("panel.packet.conversations")}</Heading>
      {packet.conversations.length === 0 ? (
        <Paragraph>{t("panel.packet.none")}</Paragraph>
      ) : (
        <DataTable
          caption={t("panel.packet.conversations")}
          hideCaption
          rows={packet.conversations.map((c, i) => ({ ...c, i }))}
          rowKey={(c) => String(c.i)}
          columns={[
            { key: "day", header: t("panel.packet.dayHeader"), render: (c) => day(c.day) },
            { key: "kind", header: t("panel.packet.kind"), render: (c) => t(`cases.conversationKinds.${c.kind}`, { defaultValue: c.kind }) },
            { key: "participants", header: t("panel.packet.participantCount"), numeric: true, render: (c) => c.participantCount },
          ]}
        />
      )}
      <Heading level={sub}>{t("panel.packet.hoursByActivity")}</Heading>
      <DataTable
        caption={t("panel.packet.hoursByActivity")}
        hideCaption
        rows={Object.entries(packet.hoursByActivity).map(([activity, hours]) => ({ activity, hours }))}
        rowKey={(r) => r.activity}
        columns={[
          { key: "activity", header: t("panel.packet.activity"), render: (r) => t(`cases.activities.${r.activity}`, { defaultValue: r.activity }) },
          { key: "hours", header: t("panel.packet.hours"), numeric: true, render: (r) => formatDecimal(r.hours) },
        ]}
      />
      <Heading level={sub}>{t("panel.packet.resources")}</Heading>
      {packet.resources.length === 0 ? (
        <Paragraph>{t("panel.packet.none")}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {packet.resources.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: packet lines have no identity; the order is fixed
            <li key={i} className="utrecht-unordered-list__item">
              {t(`plans.resourceKinds.${r.kind}`, { defaultValue: r.kind })}
              {r.product ? ` — ${r.product}` : ""}
            </li>
          ))}
        </ul>
      )}
      {packet.measurements.length > 0 && (
        <>
          <Heading level={sub}>{t("panel.packet.measurements")}</Heading>
          <ul className="utrecht-unordered-list">
            {packet.measurements.map((m, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: packet lines have no identity; the order is fixed
              <li key={i} className="utrecht-unordered-list__item">
                {day(m.day)}: {m.scores.map((s) => t("panel.packet.score", { domain: domainLabel(s.domain), level: s.level })).join(", ")}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
};
