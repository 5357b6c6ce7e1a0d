import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
// One pairing everywhere, served with the app (no font is fetched from elsewhere): Inter for the interface, Source Serif 4 for source texts.
import "@fontsource-variable/inter";
import "@fontsource-variable/source-serif-4";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Provenance Editor", template: "%s · Provenance Editor" },
  description: "Turn highlighted source text into reviewed claims with provenance.",
};

// Every page depends on the signed-in user.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <AppHeader />
        <main id="main" className="page">
          {children}
        </main>
      </body>
    </html>
  );
}
