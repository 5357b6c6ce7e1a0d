import { z } from "zod";
import { Role } from "@/lib/db/generated/enums";

export const memberRoleSchema = z.object({ role: z.enum(Role) });
