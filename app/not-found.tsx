import Link from "next/link";

export default function NotFound() {
  return (
    <section className="status-page" aria-labelledby="not-found-title">
      <p className="status-page__code">404</p>
      <h1 id="not-found-title">Not found</h1>
      <p className="muted">This page does not exist, or it belongs to a project you are not a member of.</p>
      <Link className="button" href="/projects">
        Back to your projects
      </Link>
    </section>
  );
}
