import { useTranslation } from "react-i18next";
import { Alert } from "./Alert";

export interface ImportProblemsAlertProps {
  /** What happened as a whole, e.g. "Er is niets geïmporteerd." */
  title: string;
  /** Each problem as a sentence, with its place (row and column, or path) in it. */
  problems: readonly string[];
}

/** An all-or-nothing import that was refused: the one-line verdict, then every problem found. */
export const ImportProblemsAlert = ({ title, problems }: ImportProblemsAlertProps) => {
  const { t } = useTranslation();
  return (
    <Alert type="error" role="alert">
      <p className="utrecht-paragraph">
        <strong>{title}</strong>
      </p>
      <ul className="utrecht-unordered-list" aria-label={t("common.problems")}>
        {problems.map((problem, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced as a whole; two problems may read the same
          <li key={index} className="utrecht-unordered-list__item">
            {problem}
          </li>
        ))}
      </ul>
    </Alert>
  );
};
