import { useTranslation } from "react-i18next";
import type { Finding } from "../../engine/finding";
import { Alert } from "../ui/Alert";
import { fieldId } from "./findings";

/**
 * Every error the model check finds, each a link to its field (when the editor has one), so none hides in a long
 * form. Warnings are listed too, quieter.
 */
export const ProblemsList = ({ findings }: { findings: readonly Finding[] }) => {
  const { t } = useTranslation();
  const errors = findings.filter((f) => f.level === "error");
  const warnings = findings.filter((f) => f.level === "warning");
  if (findings.length === 0) return null;
  const item = (finding: Finding) => {
    const id = fieldId(finding.path);
    const text = t("mkba.import.problem", { path: finding.path, message: finding.message });
    return (
      <li key={`${finding.path}-${finding.code}-${finding.message}`} className="utrecht-unordered-list__item">
        <a
          className="utrecht-link"
          href={`#${id}`}
          onClick={(event) => {
            const target = document.getElementById(id);
            if (!target) return;
            event.preventDefault();
            target.focus();
            target.scrollIntoView({ block: "center" });
          }}
        >
          {text}
        </a>
      </li>
    );
  };
  return (
    // tabIndex -1: the save button moves focus here, so the problems are read first
    <div id="mkba-problems" tabIndex={-1} className="bw-mkba-problems">
      {errors.length > 0 && (
        <Alert type="error">
          <p className="utrecht-paragraph">
            <strong>{t("mkba.problems.errors", { count: errors.length })}</strong>
          </p>
          <ul className="utrecht-unordered-list">{errors.map(item)}</ul>
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert type="info">
          <p className="utrecht-paragraph">{t("mkba.problems.warnings", { count: warnings.length })}</p>
          <ul className="utrecht-unordered-list">{warnings.map(item)}</ul>
        </Alert>
      )}
    </div>
  );
};
