/**
 * Resolves once the browser has painted the next frame: a frame callback runs
 * just before the paint, and a task queued from it runs after. What waits on
 * this (a request, a re-render) stays out of the task whose change the user is
 * waiting to see.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
