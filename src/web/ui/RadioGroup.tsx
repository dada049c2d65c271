import { classNames } from "./class-names";
import { describedBy } from "./describedBy";
import { FieldDescription } from "./FieldDescription";
import { FieldError } from "./FieldError";

export interface RadioGroupProps<Value extends string> {
  id: string;
  legend: string;
  options: readonly { value: Value; label: string }[];
  /** The chosen value, or "" while nothing is chosen. */
  value: Value | "";
  onChange: (value: Value) => void;
  error?: string;
  description?: string;
}

/**
 * A fieldset of radio buttons for choosing exactly one value (`utrecht-radio-button`). The arrow
 * keys move between the options; each option's id is `<id>-<value>`, the first one takes `<id>`'s
 * place as the target of the error summary's link.
 */
export const RadioGroup = <Value extends string>({
  id,
  legend,
  options,
  value,
  onChange,
  error,
  description,
}: RadioGroupProps<Value>) => (
  <div className={classNames("utrecht-form-field bw-form-field", error && "utrecht-form-field--invalid")}>
    <fieldset
      className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset bw-fieldset"
      aria-describedby={describedBy(id, { description, error })}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-label">
        {legend}
      </legend>
      <FieldDescription id={id} text={description} />
      <FieldError id={id} message={error} />
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div key={option.value} className="utrecht-form-field utrecht-form-field--radio bw-checkbox">
            <p className="utrecht-form-field__input">
              <input
                type="radio"
                id={optionId}
                name={id}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-invalid={error ? true : undefined}
                className={classNames(
                  "utrecht-radio-button utrecht-radio-button--html-input",
                  error && "utrecht-radio-button--invalid",
                )}
              />
            </p>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={optionId}>
                {option.label}
              </label>
            </div>
          </div>
        );
      })}
    </fieldset>
  </div>
);
