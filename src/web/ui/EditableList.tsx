import { useEffect, useRef, useState } from "react";
import { Button } from "./Button";
import { classNames } from "./class-names";
import { FieldError } from "./FieldError";
import { type ListItem, newKey } from "./list-items";
import { TextField } from "./TextField";

export interface EditableListProps {
  /** Prefix of the ids: the fieldset is `id`, line n is `id-n`. */
  id: string;
  legend: string;
  items: readonly ListItem[];
  onChange: (items: ListItem[]) => void;
  itemLabel: (index: number) => string;
  addLabel: string;
  removeLabel: string;
  /** Messages at lines, by their index in the form. */
  errorAt?: (index: number) => string | undefined;
  /** A message about the list as a whole. */
  error?: string;
}

/**
 * A list of one-line texts (goals, agreements, safety conditions) to edit in place: each line has
 * its own field and "Verwijderen"; "… toevoegen" adds an empty line and puts the cursor in it.
 */
export const EditableList = ({ id, legend, items, onChange, itemLabel, addLabel, removeLabel, errorAt, error }: EditableListProps) => {
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);

  useEffect(() => {
    if (focusKey === null) return;
    if (focusKey === "add") addButton.current?.focus();
    else inputs.current.get(focusKey)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const add = () => {
    const key = newKey();
    onChange([...items, { key, text: "" }]);
    setFocusKey(key);
  };
  const remove = (index: number) => {
    const next = items.filter((_, candidate) => candidate !== index);
    onChange(next);
    setFocusKey(next[Math.min(index, next.length - 1)]?.key ?? "add");
  };

  return (
    <fieldset
      id={id}
      className={classNames("utrecht-form-fieldset utrecht-form-fieldset--html-fieldset bw-fieldset bw-editable-list", error && "bw-fieldset--invalid")}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-label">{legend}</legend>
      <FieldError id={id} message={error} />
      {items.map((item, index) => (
        <div key={item.key} className="bw-editable-list__line">
          <TextField
            id={`${id}-${index}`}
            label={itemLabel(index)}
            value={item.text}
            ref={(element) => {
              if (element) inputs.current.set(item.key, element);
              else inputs.current.delete(item.key);
            }}
            onChange={(text) => onChange(items.map((candidate) => (candidate.key === item.key ? { ...candidate, text } : candidate)))}
            autoComplete="off"
            error={errorAt?.(index)}
          />
          <Button appearance="subtle" onClick={() => remove(index)}>
            {removeLabel}
            <span className="bw-visually-hidden"> {itemLabel(index)}</span>
          </Button>
        </div>
      ))}
      <div>
        <Button ref={addButton} onClick={add}>
          {addLabel}
        </Button>
      </div>
    </fieldset>
  );
};
