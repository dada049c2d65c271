import type { ReactNode } from "react";
import { classNames } from "./class-names";

export interface DataListItem {
  key: string;
  label: string;
  value: ReactNode;
  /** Keeps the line breaks of a longer text. */
  multiline?: boolean;
}

/** The label–value pairs of one record (`utrecht-data-list` on a `<dl>`). */
export const DataList = ({ items }: { items: readonly DataListItem[] }) => (
  <dl className="utrecht-data-list utrecht-data-list--rows bw-data-list">
    {items.map((item) => (
      <div key={item.key} className="utrecht-data-list__item">
        <dt className="utrecht-data-list__item-key">{item.label}</dt>
        <dd
          className={classNames(
            "utrecht-data-list__item-value utrecht-data-list__item-value--html-dd",
            item.multiline && "utrecht-data-list__item-value--multiline",
          )}
        >
          {item.value}
        </dd>
      </div>
    ))}
  </dl>
);
