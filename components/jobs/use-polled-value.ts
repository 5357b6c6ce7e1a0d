"use client";

import { useEffect, useEffectEvent, useState } from "react";

/** How often running jobs are asked about: often enough for a bar to move, rarely enough to cost nothing. */
const POLL_INTERVAL_MS = 1_000;

/**
 * A value the server holds that changes while work runs (a job, the
 * project's jobs): while `isActive(value)`, asks `load` again a second after
 * each answer, so a slow answer never overlaps the next question. A failed
 * question is kept in `problem`, and the value stays as it was.
 */
export function usePolledValue<T>(initial: T, { isActive, load }: { isActive: (value: T) => boolean; load: (value: T, signal: AbortSignal) => Promise<T> }) {
  const [value, setValue] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const isValueActive = isActive(value);
  const loadNext = useEffectEvent((signal: AbortSignal) => load(value, signal));

  useEffect(() => {
    if (!isValueActive) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      loadNext(controller.signal).then(setValue, (error: unknown) => {
        if (!controller.signal.aborted) setProblem(error instanceof Error ? error.message : String(error));
      });
    }, POLL_INTERVAL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [isValueActive, value]);

  return { value, setValue, problem, setProblem };
}
