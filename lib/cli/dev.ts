import { runServe } from "./serve";

runServe("dev", { seed: true });
