/** What an owner of an empty project does first: a source to read, people to work with, a first claim. */
export function FirstSteps({ hasMembers }: { hasMembers: boolean }) {
  return (
    <section className="card first-steps" aria-labelledby="first-steps-title">
      <h2 id="first-steps-title">Start here</h2>
      <ol>
        <li>
          <a href="#sources-title">Import a source</a>: paste or upload the text you will read and highlight.
        </li>
        <li>{hasMembers ? "Your team is in: add more people under Members." : <><a href="#members-title">Add your team</a> under Members, each with a role.</>}</li>
        <li>Open the source, highlight a span, and record what it claims, who says so and citing whom.</li>
      </ol>
    </section>
  );
}
