import { useTranslation } from "react-i18next";
import { StatusBadge } from "../ui/StatusBadge";
import { LIGHTS, type Light } from "./monitor-values";

/** A KPI's traffic light: colour, an icon and its meaning in words ("Groen: doel gehaald"). */
export const TrafficLight = ({ light }: { light: Light }) => {
  const { t } = useTranslation();
  const { status, icon } = LIGHTS[light];
  return (
    <StatusBadge status={status}>
      <span aria-hidden="true">{icon} </span>
      {t(`monitor.lights.${light}`)}
    </StatusBadge>
  );
};
