"use client";

import type { MentionMenu as Menu } from "./use-mention-suggestion";

/** The members matching what follows "@", as a listbox under the editor; arrows move, Enter or a click picks. */
export function MentionMenu({ id, menu }: { id: string; menu: Menu }) {
  if (menu.items.length === 0) {
    return (
      <p className="mention-menu mention-menu--empty muted" role="status">
        No project member matches.
      </p>
    );
  }
  return (
    <>
      <ul className="mention-menu" role="listbox" id={id} aria-label="Mention a project member">
        {menu.items.map((item, index) => (
          <li
            key={item.id}
            role="option"
            id={`${id}-${item.id}`}
            aria-selected={index === menu.activeIndex}
            className={index === menu.activeIndex ? "mention-menu__item mention-menu__item--active" : "mention-menu__item"}
            // mousedown, not click: the editor must keep its focus and selection.
            onMouseDown={(event) => {
              event.preventDefault();
              menu.choose(item);
            }}
          >
            {item.name}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {menu.items.length} {menu.items.length === 1 ? "member matches" : "members match"}; use the arrow keys and Enter to mention.
      </p>
    </>
  );
}
