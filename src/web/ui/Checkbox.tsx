export interface CheckboxProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  describedBy?: string;
}

/** One checkbox with its label (`utrecht-form-field--checkbox`). */
export const Checkbox = ({ id, label, checked, onChange, describedBy }: CheckboxProps) => (
  <div className="utrecht-form-field utrecht-form-field--checkbox bw-checkbox">
    <p className="utrecht-form-field__input">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={describedBy}
        className="utrecht-checkbox utrecht-checkbox--html-input"
      />
    </p>
    <div className="utrecht-form-field__label">
      <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
        {label}
      </label>
    </div>
  </div>
);
