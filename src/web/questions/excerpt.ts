/**
 * A text shortened for a table cell: on one line, cut at a word where possible, with an ellipsis.
 * @example excerpt("Vraag over de huurtoeslag", 16) // "Vraag over de…"
 */
export const excerpt = (text: string, maxLength = 80): string => {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const space = cut.lastIndexOf(" ");
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
};
