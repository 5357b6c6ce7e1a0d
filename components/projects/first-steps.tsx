import Link from "next/link";

/** What an owner of an empty project does first: a source to read, a vocabulary to record in, people to work with. */
export function FirstSteps({ slug, hasMembers, hasVocabulary }: { slug: string; hasMembers: boolean; hasVocabulary: boolean }) {
  return (
    <section className="card first-steps" aria-labelledby="first-steps-title">
      <h2 id="first-steps-title">Start here</h2>
      <ol>
        <li>
          <a href="#sources-title">Import a source</a>: paste or upload the text you will read and highlight.
        </li>
        <li>
          {hasVocabulary ? "Check the vocabulary: " : "Set up the vocabulary: "}
          <Link href={`/projects/${slug}/vocabulary`}>the properties</Link> claims record, such as casualties or whether an event occurred.
        </li>
        <li>
          {hasMembers ? "Your team is in; " : null}
          <Link href={`/projects/${slug}/members`}>{hasMembers ? "invite more people" : "Invite your team"}</Link>, each with a role.
        </li>
        <li>Open the source, highlight a span, and record what it claims, who says so and citing whom.</li>
      </ol>
    </section>
  );
}
