"use client";

import type { SuggestionKeyDownProps, SuggestionOptions, SuggestionProps } from "@tiptap/suggestion";
import { useEffect, useRef, useState } from "react";
import type { MentionCandidate } from "./comment-extensions";
import { matchMembers } from "./match-members";

const MAX_SUGGESTIONS = 8;

type Selected = { id: string; label: string };

export interface MentionMenu {
  items: MentionCandidate[];
  activeIndex: number;
  choose: (item: MentionCandidate) => void;
}

/**
 * Bridges TipTap's @-suggestion plugin to React state: the plugin reports
 * the query and keys, this hook keeps the matching members and the active
 * one, and the editor draws them as a listbox. State lives in the instance,
 * so two editors on a page never share a menu.
 */
export function useMentionSuggestion(members: MentionCandidate[]) {
  const [menu, setMenu] = useState<MentionMenu | null>(null);
  // The plugin is created once with the editor; it reaches current values through refs.
  const membersRef = useRef(members);
  useEffect(() => {
    membersRef.current = members;
  }, [members]);
  const menuRef = useRef<MentionMenu | null>(null);

  const show = (next: MentionMenu | null) => {
    menuRef.current = next;
    setMenu(next);
  };

  const fromProps = (props: SuggestionProps<MentionCandidate, Selected>, activeIndex = 0): MentionMenu => ({
    items: props.items,
    activeIndex: Math.min(activeIndex, Math.max(0, props.items.length - 1)),
    choose: (item) => props.command({ id: item.id, label: item.name }),
  });

  const [suggestion] = useState<Omit<SuggestionOptions<MentionCandidate, Selected>, "editor">>(() => ({
    items: ({ query }) => matchMembers(membersRef.current, query, MAX_SUGGESTIONS),
    render: () => ({
      onStart: (props) => show(fromProps(props)),
      onUpdate: (props) => show(fromProps(props, menuRef.current?.activeIndex)),
      onExit: () => show(null),
      onKeyDown: ({ event }: SuggestionKeyDownProps) => {
        const current = menuRef.current;
        if (!current || current.items.length === 0) return false;
        const count = current.items.length;
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
          const step = event.key === "ArrowDown" ? 1 : -1;
          show({ ...current, activeIndex: (current.activeIndex + step + count) % count });
          return true;
        }
        if (event.key === "Enter" || event.key === "Tab") {
          current.choose(current.items[current.activeIndex]!);
          return true;
        }
        if (event.key === "Escape") {
          show(null);
          return true;
        }
        return false;
      },
    }),
  }));

  return { suggestion, menu };
}
