import "server-only";
import { forbidden, notFound } from "next/navigation";
import { AppError } from "./errors";

/** For pages: a data-layer 404 or 403 becomes Next's not-found or forbidden page. */
export async function pageData<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    if (error instanceof AppError && error.status === 403) forbidden();
    throw error;
  }
}
