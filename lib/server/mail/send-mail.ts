import "server-only";
import nodemailer from "nodemailer";
import { readEnv } from "@/lib/env";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends one mail through SMTP_URL, when it is set. A mail that cannot be sent
 * is reported, never thrown: the thing it announces (an invitation) already
 * exists, and its link is shown to the sender in any case.
 */
export async function sendMail(mail: Mail): Promise<"sent" | "not_configured" | "failed"> {
  const { SMTP_URL, MAIL_FROM } = readEnv();
  if (!SMTP_URL) return "not_configured";
  try {
    const transport = nodemailer.createTransport(SMTP_URL, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    await transport.sendMail({ from: MAIL_FROM, ...mail });
    transport.close();
    return "sent";
  } catch (error) {
    console.error(`Mail to ${mail.to} could not be sent:`, error instanceof Error ? error.message : error);
    return "failed";
  }
}
