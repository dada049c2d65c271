import { useTranslation } from "react-i18next";
import type { Model } from "../../engine/model-schema";
import { Button } from "../ui/Button";
import { ButtonGroup } from "../ui/ButtonGroup";
import { fieldId } from "./findings";
import { formatMilliseconds, formatMoney, formatNumber } from "./result-format";
import { sliderRange } from "./what-if";

export interface WhatIfSectionProps {
  model: Model;
  values: Readonly<Record<string, number>>;
  onChange: (values: Readonly<Record<string, number>>) => void;
  /** Put the what-if values into the model (the editor), so they can be saved. */
  onAdopt: () => void;
  /** How long the last recompute of the key figures took (performance.now), in ms. */
  milliseconds: number | null;
  /** How long the last recompute of tornado and switching values took, in ms. */
  sensitivityMilliseconds: number | null;
  /** NPV at the current values, announced politely while sliding. */
  npv: number | null;
}

/**
 * Wat-als: a slider per parameter over its distribution's range (or 0 to twice the base). Moving one recomputes the
 * key figures at once, in the browser, with the same engine (target ≤ 100 ms); tornado and switching values follow
 * when the slider pauses. Both times are shown.
 */
export const WhatIfSection = ({ model, values, onChange, onAdopt, milliseconds, sensitivityMilliseconds, npv }: WhatIfSectionProps) => {
  const { t } = useTranslation();
  const changed = Object.keys(values).length > 0;
  return (
    <>
      <p className="utrecht-paragraph">{t("mkba.whatIf.intro")}</p>
      <p className="utrecht-paragraph bw-mkba-timing" data-testid="mkba-recompute-time">
        {milliseconds === null ? t("mkba.whatIf.notTimed") : t("mkba.whatIf.timing", { ms: formatMilliseconds(milliseconds) })}
        {sensitivityMilliseconds !== null && ` ${t("mkba.whatIf.sensitivityTiming", { ms: formatMilliseconds(sensitivityMilliseconds) })}`}
      </p>
      <p className="utrecht-paragraph" aria-live="polite">
        {npv !== null && t("mkba.whatIf.npv", { npv: formatMoney(npv) })}
      </p>
      <div className="bw-mkba-sliders">
        {Object.entries(model.parameters).map(([name, parameter]) => {
          const { min, max, step } = sliderRange(parameter);
          const current = values[name] ?? parameter.value;
          const id = fieldId(`whatIf.${name}`);
          return (
            <div key={name} className="utrecht-form-field bw-form-field bw-mkba-slider">
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label" htmlFor={id}>
                  {t("mkba.whatIf.slider", { name, unit: parameter.unit ?? "" }).trim()}
                </label>
              </div>
              <p className="utrecht-form-field__input">
                <input
                  id={id}
                  type="range"
                  min={min}
                  max={max}
                  step={step}
                  value={current}
                  aria-valuetext={formatNumber(current)}
                  onChange={(event) => onChange({ ...values, [name]: Number(event.target.value) })}
                />
                <output htmlFor={id} className="bw-mkba-slider__value">
                  {formatNumber(current)}
                  {current !== parameter.value && ` (${t("mkba.whatIf.base", { value: formatNumber(parameter.value) })})`}
                </output>
              </p>
            </div>
          );
        })}
      </div>
      <ButtonGroup>
        <Button disabled={!changed} onClick={() => onChange({})}>
          {t("mkba.whatIf.reset")}
        </Button>
        <Button disabled={!changed} onClick={onAdopt}>
          {t("mkba.whatIf.adopt")}
        </Button>
      </ButtonGroup>
    </>
  );
};
