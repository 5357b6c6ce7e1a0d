import { z } from "zod";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password"),
    newPassword: z.string().min(12, "Use at least 12 characters").max(200),
  })
  .refine((input) => input.currentPassword !== input.newPassword, {
    message: "The new password must differ from the current one",
    path: ["newPassword"],
  });
