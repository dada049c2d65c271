import { classNames } from "./class-names";
import { describedBy } from "./describedBy";
import { FieldError } from "./FieldError";

export interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  /** Text of an empty first choice, e.g. "Kies een organisatie". */
  placeholder?: string;
  error?: string;
}

/** Label, error message and a native select (`utrecht-select`). */
export const SelectField = ({ id, label, value, options, onChange, placeholder, error }: SelectFieldProps) => (
  <div className={classNames("utrecht-form-field bw-form-field", error && "utrecht-form-field--invalid")}>
    <div className="utrecht-form-field__label">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
    </div>
    <FieldError id={id} message={error} />
    <p className="utrecht-form-field__input">
      <select
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error })}
        className={classNames("utrecht-select utrecht-select--html-select", error && "utrecht-select--invalid")}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </p>
  </div>
);
