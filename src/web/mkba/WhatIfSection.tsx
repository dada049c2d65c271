import { memo, useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { Model } from "../../engine/model-schema";
import { Button } from "../ui/Button";
import { ButtonGroup } from "../ui/ButtonGroup";
import { fieldId } from "./findings";
import { formatMilliseconds, formatMoney, formatNumber } from "./result-format";
import { sliderRange } from "./what-if";

type Parameter = Model["parameters"][string];

export interface WhatIfSectionProps {
  model: Model;
  values: Readonly<Record<string, number>>;
  /** A state setter: the new values, or an update of the current ones. */
  onChange: (values: Readonly<Record<string, number>> | ((current: Readonly<Record<string, number>>) => Readonly<Record<string, number>>)) => void;
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
  // Stable, so that moving one slider re-renders only that slider (a 50-parameter model has 50 of them).
  const move = useCallback((name: string, value: number) => onChange((current) => ({ ...current, [name]: value })), [onChange]);
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
        {Object.entries(model.parameters).map(([name, parameter]) => (
          <WhatIfSlider key={name} name={name} parameter={parameter} current={values[name] ?? parameter.value} onMove={move} />
        ))}
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

interface WhatIfSliderProps {
  name: string;
  parameter: Parameter;
  current: number;
  onMove: (name: string, value: number) => void;
}

/** One parameter's slider with its value (and the base value when moved away from it). */
const WhatIfSlider = memo(function WhatIfSlider({ name, parameter, current, onMove }: WhatIfSliderProps) {
  const { t } = useTranslation();
  const { min, max, step } = sliderRange(parameter);
  const id = fieldId(`whatIf.${name}`);
  return (
    <div className="utrecht-form-field bw-form-field bw-mkba-slider">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {t("mkba.whatIf.slider", { name, unit: parameter.unit ?? "" }).trim()}
        </label>
      </div>
      <p className="utrecht-form-field__input">
        <input id={id} type="range" min={min} max={max} step={step} value={current} aria-valuetext={formatNumber(current)} onChange={(event) => onMove(name, Number(event.target.value))} />
        <output htmlFor={id} className="bw-mkba-slider__value">
          {formatNumber(current)}
          {current !== parameter.value && ` (${t("mkba.whatIf.base", { value: formatNumber(parameter.value) })})`}
        </output>
      </p>
    </div>
  );
});
