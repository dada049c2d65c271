import type { ComponentPropsWithRef } from "react";
import { classNames } from "./class-names";
import { describedBy } from "./describedBy";
import { FieldDescription } from "./FieldDescription";
import { FieldError } from "./FieldError";

export interface TextFieldProps extends Omit<ComponentPropsWithRef<"input">, "onChange" | "value" | "id"> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  description?: string;
}

/** Label, optional description, error message and textbox (`utrecht-form-field` + `utrecht-textbox`). */
export const TextField = ({ id, label, value, onChange, error, description, className, ...rest }: TextFieldProps) => (
  <div className={classNames("utrecht-form-field bw-form-field", error && "utrecht-form-field--invalid", className)}>
    <div className="utrecht-form-field__label">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
    </div>
    <FieldDescription id={id} text={description} />
    <FieldError id={id} message={error} />
    <p className="utrecht-form-field__input">
      <input
        type="text"
        {...rest}
        id={id}
        name={rest.name ?? id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { description, error })}
        className={classNames(
          "utrecht-textbox utrecht-textbox--html-input",
          rest.type === "password" && "utrecht-textbox--password",
          error && "utrecht-textbox--invalid",
        )}
      />
    </p>
  </div>
);
