import { type ReactNode, useEffect, useRef } from "react";
import { Button } from "./Button";

export interface DisclosureButtonProps {
  label: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The id of what the button shows and hides. */
  controls: string;
  children: ReactNode;
}

/**
 * A button that shows a form below it ("Lid toevoegen"), with `aria-expanded`. The form takes focus
 * itself when it appears; when it closes (saved or cancelled) focus returns to the button.
 */
export const DisclosureButton = ({ label, open, onOpenChange, controls, children }: DisclosureButtonProps) => {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <>
      <Button ref={buttonRef} aria-expanded={open} aria-controls={open ? controls : undefined} onClick={() => onOpenChange(!open)}>
        {label}
      </Button>
      {open && <div id={controls}>{children}</div>}
    </>
  );
};
