/** A line of an editable list: a stable key for React and focus, and its text. */
export interface ListItem {
  readonly key: string;
  readonly text: string;
}

let lastKey = 0;

/** A key no other list item on the page has. */
export const newKey = (): string => {
  lastKey += 1;
  return `item-${lastKey}`;
};

export const listItemsOf = (texts: readonly string[]): ListItem[] => texts.map((text) => ({ key: newKey(), text }));

/**
 * The lines worth sending — empty ones are dropped — with the index each had in the form, so that
 * an error at `goals.1` can be shown at the form's second non-empty line.
 * @example compactList([{ key: "a", text: " " }, { key: "b", text: "Werk" }]) // { texts: ["Werk"], formIndexes: [1] }
 */
export const compactList = (items: readonly ListItem[]): { texts: string[]; formIndexes: number[] } => {
  const texts: string[] = [];
  const formIndexes: number[] = [];
  items.forEach((item, index) => {
    if (item.text.trim() === "") return;
    texts.push(item.text.trim());
    formIndexes.push(index);
  });
  return { texts, formIndexes };
};
