import type { Ref } from "react";
import { classNames } from "./class-names";
import { describedBy } from "./describedBy";
import { FieldDescription } from "./FieldDescription";
import { FieldError } from "./FieldError";

export interface FileFieldProps {
  id: string;
  label: string;
  description: string;
  /** File types the picker offers, e.g. `.csv,text/csv`. */
  accept: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
  /** Called when another file is chosen (e.g. to clear the error). */
  onChange?: () => void;
}

/** A labelled file picker with its hint and error (`utrecht-form-field`); the form reads the file itself. */
export const FileField = ({ id, label, description, accept, error, ref, onChange }: FileFieldProps) => (
  <div className={classNames("utrecht-form-field bw-form-field", error && "utrecht-form-field--invalid")}>
    <div className="utrecht-form-field__label">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
    </div>
    <FieldDescription id={id} text={description} />
    <FieldError id={id} message={error} />
    <p className="utrecht-form-field__input">
      <input
        ref={ref}
        type="file"
        id={id}
        name={id}
        accept={accept}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { description: true, error })}
        onChange={onChange}
      />
    </p>
  </div>
);
