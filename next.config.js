/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets parallel builds (e.g. a benchmark and the browser tests) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Next's dev server trusts only the host it was started for; the loopback names are all the same machine.
  allowedDevOrigins: ["localhost", "127.0.0.1", "[::1]"],
  // Native and WebAssembly packages stay outside the server bundle, and so does the parser's
  // language model (4 MB) and chrono-node, whose parsers the suggestions pick by class name,
  // which a minified bundle would rename.
  serverExternalPackages: [
    "@node-rs/argon2",
    "@prisma/schema-engine-wasm",
    "pg",
    "pg-query-stream",
    "chrono-node",
    "wink-nlp",
    "wink-eng-lite-web-model",
  ],
  experimental: { authInterrupts: true },
  // The app's build checks the app; `npm run typecheck` (part of `npm test`) checks tests and tools too.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // Browsers honour it only over HTTPS, where production runs; `next dev` serves plain HTTP.
          ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
        ],
      },
      // Pages get a policy with a fresh script nonce from proxy.ts; API answers are never documents.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'" }] },
    ];
  },
};

module.exports = nextConfig;
