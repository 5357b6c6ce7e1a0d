import { runServe } from "./serve";

runServe("start");
