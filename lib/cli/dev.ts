import { runServe } from "./serve";

runServe("dev");
