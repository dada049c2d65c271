/** The error message of a field; its id (`<field id>-error`) is referenced by the control's aria-describedby. */
export const FieldError = ({ id, message }: { id: string; message: string | undefined }) =>
  message ? (
    <div className="utrecht-form-field__error-message" id={`${id}-error`}>
      <p className="utrecht-form-field-error-message">{message}</p>
    </div>
  ) : null;
