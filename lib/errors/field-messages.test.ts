import { describe, expect, it } from "vitest";
import { fieldMessages } from "./field-messages";

describe("fieldMessages", () => {
  it("names each field once, without the boundary's prefix", () => {
    const details = {
      fields: [
        { path: "body.email", message: "Enter an email address" },
        { path: "input.password", message: "Use at least 12 characters" },
        { path: "body.aliases.2", message: "Too long" },
        { path: "body.email", message: "A second complaint" },
      ],
    };
    expect(fieldMessages(details)).toEqual({ email: "Enter an email address", password: "Use at least 12 characters", aliases: "Too long" });
  });

  it("is empty for an error without fields", () => {
    expect(fieldMessages(undefined)).toEqual({});
    expect(fieldMessages({ current: {} })).toEqual({});
  });
});
