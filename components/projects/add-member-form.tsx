"use client";

import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { useState, useTransition, type FormEvent } from "react";
import type { AddMemberInput } from "@/lib/server/projects/add-member";
import { addMemberAction } from "./add-member-action";

export function AddMemberForm({ projectId }: { projectId: string }) {
  const [message, setMessage] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    startTransition(async () => {
      const result = await addMemberAction({
        projectId,
        email: String(form.get("email") ?? ""),
        role: String(form.get("role") ?? "researcher") as AddMemberInput["role"],
      });
      if (result.ok) {
        setMessage({ kind: "success", text: `${result.data.name} was added as ${result.data.role}.` });
        formElement.reset();
      } else {
        setMessage({ kind: "error", text: result.error.message });
      }
    });
  }

  return (
    <form className="form form--inline" onSubmit={onSubmit} aria-label="Add a member">
      <label className="field">
        <span>Email of an existing account</span>
        <input name="email" type="email" required />
      </label>
      <label className="field">
        <span>Role</span>
        <select name="role" defaultValue="researcher">
          <option value="viewer">Viewer</option>
          <option value="researcher">Researcher</option>
          <option value="reviewer">Reviewer</option>
          <option value="owner">Owner</option>
        </select>
      </label>
      <button className="button" type="submit" disabled={isPending}>
        {isPending ? "Adding…" : "Add member"}
      </button>
      <FormOutcome outcome={message} />
    </form>
  );
}
