"use client";

import { useEffect, useRef } from "react";
import type { KeyPress } from "@/lib/review/queue-shortcuts";
import { isTypingIn } from "./is-typing-in";

/**
 * A keyboard-driven list's keys (the review queue, the curation board): one
 * window listener while not paused, reaching the list's current state
 * through a ref. The returned ref's element carries data-shortcuts="ready"
 * while the listener is attached: keys pressed before hydration are lost, and
 * a user's script (and our tests) can wait for it.
 */
export function useShortcutKeys<Command>(
  commandForKey: (press: KeyPress) => Command | null,
  run: (command: Command) => void,
  isPaused: boolean,
) {
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (isPaused) return;
    const root = rootRef.current;
    function onKeyDown(event: KeyboardEvent) {
      const command = commandForKey({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, isTyping: isTypingIn(event.target) });
      if (command === null) return;
      event.preventDefault();
      runRef.current(command);
    }
    window.addEventListener("keydown", onKeyDown);
    root?.setAttribute("data-shortcuts", "ready");
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      root?.setAttribute("data-shortcuts", "paused");
    };
  }, [commandForKey, isPaused]);
  return rootRef;
}
