import { z } from "zod";
import { newPasswordSchema } from "./account-input";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password"),
    newPassword: newPasswordSchema,
  })
  .refine((input) => input.currentPassword !== input.newPassword, {
    message: "The new password must differ from the current one",
    path: ["newPassword"],
  });
