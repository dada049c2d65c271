/** Help text under a field label; referenced by the control's aria-describedby (`<field id>-description`). */
export const FieldDescription = ({ id, text }: { id: string; text: string | undefined }) =>
  text ? (
    <div className="utrecht-form-field__description" id={`${id}-description`}>
      <p className="utrecht-form-field-description">{text}</p>
    </div>
  ) : null;
