/** The ids that describe a form control: its description and its error message, when shown. */
export const describedBy = (id: string, { description, error }: { description?: unknown; error?: unknown }) =>
  [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
