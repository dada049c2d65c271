import { Checkbox } from "./Checkbox";
import { classNames } from "./class-names";
import { describedBy } from "./describedBy";
import { FieldDescription } from "./FieldDescription";
import { FieldError } from "./FieldError";

export interface CheckboxGroupProps {
  id: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string;
  description?: string;
}

/** A fieldset of checkboxes for choosing several values (roles, teams), keeping the options' order. */
export const CheckboxGroup = ({ id, legend, options, selected, onChange, error, description }: CheckboxGroupProps) => {
  const toggle = (value: string, checked: boolean) =>
    onChange(
      options
        .map((option) => option.value)
        .filter((candidate) => (candidate === value ? checked : selected.includes(candidate))),
    );
  return (
    <div className={classNames("utrecht-form-field bw-form-field", error && "utrecht-form-field--invalid")}>
      <fieldset
        id={id}
        className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset bw-fieldset"
        aria-describedby={describedBy(id, { description, error })}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-label">
          {legend}
        </legend>
        <FieldDescription id={id} text={description} />
        <FieldError id={id} message={error} />
        {options.map((option) => (
          <Checkbox
            key={option.value}
            id={`${id}-${option.value}`}
            label={option.label}
            checked={selected.includes(option.value)}
            onChange={(checked) => toggle(option.value, checked)}
          />
        ))}
      </fieldset>
    </div>
  );
};
