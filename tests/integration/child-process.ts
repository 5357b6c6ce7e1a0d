import { execFile } from "node:child_process";
import path from "node:path";

export interface Outcome {
  code: number;
  output: string;
}

/** Runs one of node_modules/.bin's commands to its end and reports its exit code, never throwing on a non-zero one. */
export function outcomeOf(command: string, args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(path.resolve("node_modules/.bin", command), args, { env: { ...process.env, ...env }, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}
