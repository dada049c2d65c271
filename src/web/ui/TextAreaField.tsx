import type { ComponentPropsWithRef } from "react";
import { classNames } from "./class-names";
import { describedBy } from "./describedBy";
import { FieldDescription } from "./FieldDescription";
import { FieldError } from "./FieldError";

export interface TextAreaFieldProps extends Omit<ComponentPropsWithRef<"textarea">, "onChange" | "value" | "id"> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  description?: string;
}

/**
 * Label, optional description, error message and a multi-line textbox (`utrecht-textarea`).
 * Enter makes a new line; Ctrl+Enter (⌘+Enter on a Mac) submits the form, so a keyboard user
 * need not leave the field to save.
 */
export const TextAreaField = ({ id, label, value, onChange, error, description, onKeyDown, ...rest }: TextAreaFieldProps) => (
  <div className={classNames("utrecht-form-field bw-form-field", error && "utrecht-form-field--invalid")}>
    <div className="utrecht-form-field__label">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
    </div>
    <FieldDescription id={id} text={description} />
    <FieldError id={id} message={error} />
    <p className="utrecht-form-field__input">
      <textarea
        rows={4}
        {...rest}
        id={id}
        name={rest.name ?? id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          onKeyDown?.(event);
          if (event.defaultPrevented || event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
          event.preventDefault();
          event.currentTarget.form?.requestSubmit();
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { description, error })}
        className={classNames("utrecht-textarea utrecht-textarea--html-textarea", error && "utrecht-textarea--invalid")}
      />
    </p>
  </div>
);
