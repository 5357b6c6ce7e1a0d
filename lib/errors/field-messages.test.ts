import { describe, expect, it } from "vitest";
import { fieldMessages, formProblemOf } from "./field-messages";

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

describe("formProblemOf", () => {
  it("sums the fields' own words for the alert, never the boundary's summary", () => {
    const error = { message: "Invalid request (input.name: Enter your name)", details: { fields: [{ path: "input.name", message: "Enter your name" }, { path: "input.password", message: "Use at least 12 characters" }] } };
    expect(formProblemOf(error)).toEqual({
      message: "Please correct: Enter your name; Use at least 12 characters.",
      fields: { name: "Enter your name", password: "Use at least 12 characters" },
    });
  });

  it("keeps the message of an error that names no field", () => {
    expect(formProblemOf({ message: "This invitation has expired." })).toEqual({ message: "This invitation has expired.", fields: {} });
  });
});
