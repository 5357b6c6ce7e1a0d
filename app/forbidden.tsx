import Link from "next/link";

export default function Forbidden() {
  return (
    <section className="status-page" aria-labelledby="forbidden-title">
      <p className="status-page__code">403</p>
      <h1 id="forbidden-title">Not allowed</h1>
      <p className="muted">Your role in this project does not allow this. A project owner can change your role.</p>
      <Link className="button" href="/projects">
        Back to your projects
      </Link>
    </section>
  );
}
