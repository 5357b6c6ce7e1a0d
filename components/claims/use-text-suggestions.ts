"use client";

import { useEffect, useState } from "react";
import type { ResponseOf } from "@/lib/api/define-route";
import { suggestTextRoute } from "@/lib/api/contract/suggestions";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";

export type TextSuggestions = ResponseOf<typeof suggestTextRoute>;

export interface SuggestionContext {
  projectId: string;
  /** The source's publication day, YYYY-MM-DD: dates without a year are read against it. */
  publishedAt?: string;
  language?: string;
}

/** Waits this long after the words last changed before asking: a selection being dragged asks once. */
const DEBOUNCE_MS = 250;

type State = { words: string; suggestions: TextSuggestions | null; error: string | null };

/**
 * What the server reads in some words. The parser and its language model stay
 * on the server; a request is sent once the words settle, and one for words
 * no longer shown is aborted, so a late answer never replaces a newer one.
 */
export function useTextSuggestions(text: string, { projectId, publishedAt, language }: SuggestionContext) {
  const [state, setState] = useState<State>({ words: "", suggestions: null, error: null });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify([text, projectId, publishedAt, language, attempt]);

  useEffect(() => {
    const controller = new AbortController();
    const lang = language === "en" || language === "fr" ? language : undefined;
    const timer = setTimeout(() => {
      callApi(suggestTextRoute, {
        body: { text: text.slice(0, 100_000), projectId, ...(publishedAt ? { publishedAt } : {}), ...(lang ? { language: lang } : {}) },
        signal: controller.signal,
      })
        .then((suggestions) => setState({ words: key, suggestions, error: null }))
        .catch((caught: unknown) => {
          if (controller.signal.aborted) return;
          setState({ words: key, suggestions: null, error: caught instanceof ApiRequestError ? caught.message : "Suggestions could not be loaded." });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, text, projectId, publishedAt, language]);

  const isCurrent = state.words === key;
  return {
    suggestions: isCurrent ? state.suggestions : null,
    error: isCurrent ? state.error : null,
    isLoading: !isCurrent,
    retry: () => setAttempt((n) => n + 1),
  };
}
