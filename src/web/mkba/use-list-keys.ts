import { useRef } from "react";

/**
 * Stable React keys for an edited list whose items have no stable identity of their own (their ids are edited in
 * place). Items are only appended or removed, so the keys follow: `keysFor(n)` grows the list, `removed(i)` drops
 * the key of a removed item, and each field keeps its own state (a half-typed number) with its item.
 */
export const useListKeys = () => {
  const keys = useRef<number[]>([]);
  const next = useRef(0);
  return {
    keysFor(length: number): readonly number[] {
      while (keys.current.length < length) keys.current.push(next.current++);
      if (keys.current.length > length) keys.current = keys.current.slice(0, length);
      return keys.current;
    },
    removed(index: number) {
      keys.current = keys.current.filter((_, i) => i !== index);
    },
  };
};
