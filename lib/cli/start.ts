import { runServe } from "./serve";

// Production never creates demo accounts by itself: run `npm run db:seed` by hand for that.
runServe("start", { seed: false });
