import { memo } from "react";
import { useTranslation } from "react-i18next";
import type { PriceItem } from "../../domain/prices/dto";
import type { EditorPartProps } from "./editor-props";
import { GeneralFields } from "./GeneralFields";
import { BenefitsEditor, CostsEditor } from "./LinesEditor";
import { ParametersEditor } from "./ParametersEditor";
import { StakeholdersEditor } from "./StakeholdersEditor";

const NO_PRICES: readonly PriceItem[] = [];

/**
 * The whole editor (general fields, stakeholders, parameters, costs, benefits). Memoised: its props change only when
 * the model is edited, so a what-if slider move — which changes nothing here — does not re-render hundreds of fields.
 */
export const ModelEditor = memo(function ModelEditor({ draft, onChange, findings, priceItems }: EditorPartProps & { priceItems: readonly PriceItem[] | null }) {
  const { t } = useTranslation();
  const editorProps = { draft, onChange, findings };
  return (
    <div className="utrecht-form bw-form bw-mkba-editor">
      <p className="utrecht-paragraph">{t("mkba.editor.intro")}</p>
      <GeneralFields {...editorProps} />
      <StakeholdersEditor {...editorProps} />
      <ParametersEditor {...editorProps} priceItems={priceItems ?? NO_PRICES} />
      <CostsEditor {...editorProps} />
      <BenefitsEditor {...editorProps} />
    </div>
  );
});
