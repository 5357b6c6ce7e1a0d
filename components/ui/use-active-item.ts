"use client";

import { useRef, useState } from "react";

/**
 * The active item of a keyboard-driven list (the review queue, the curation
 * board): its index, the items' elements, and moving the focus along them.
 * Works with useShortcutKeys, which delivers the keys.
 */
export function useActiveItem(count: number) {
  const [activeIndex, setActiveIndex] = useState(0);
  const itemRefs = useRef<(HTMLElement | null)[]>([]);

  /** Makes the item at `index` (kept within the list) active and focuses it. */
  function moveTo(index: number) {
    const next = Math.max(0, Math.min(count - 1, index));
    setActiveIndex(next);
    itemRefs.current[next]?.focus();
  }

  /** After the item at `index` is decided: on to the next one, if there is one. */
  function moveOnFrom(index: number) {
    if (index < count - 1) moveTo(index + 1);
  }

  /**
   * The item a key acts on, made active: the one holding the focus, else the
   * active one. Focus is the truth: an item focused before the page finished
   * loading never reported it, and a key must not act on another item then.
   */
  function commandIndex(): number {
    const focused = itemRefs.current.findIndex((element) => element?.contains(document.activeElement));
    const index = focused >= 0 ? focused : activeIndex;
    if (index !== activeIndex) setActiveIndex(index);
    return index;
  }

  /** The ref callback for the item at `index`. */
  function itemRef(index: number) {
    return (element: HTMLElement | null) => {
      itemRefs.current[index] = element;
    };
  }

  function focusItem(index: number) {
    itemRefs.current[index]?.focus();
  }

  return { activeIndex, setActiveIndex, moveTo, moveOnFrom, commandIndex, itemRef, focusItem };
}
