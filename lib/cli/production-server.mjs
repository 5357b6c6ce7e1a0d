// The production HTTP server: Next's request handler behind a server of our own, so that
// X-Forwarded-For says where a request really came from. `next start` keeps a header the
// client sent, which would let anyone pick their own address for the sign-in limits.
// Plain JavaScript, run by node itself: Next loads here exactly as under `next start`.
import { createServer } from "node:http";
import next from "next";

const [port, hostname, trustedProxyHops] = [Number(process.argv[2]), process.argv[3] || undefined, Number(process.argv[4] ?? 0)];

/**
 * The client's address: the connection's peer, or, behind `hops` trusted proxies, the entry
 * that many places from the right of the chain they appended to.
 */
function clientAddressOf(forwardedFor, peer, hops) {
  const chain = [...(forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean), peer ?? "unknown"];
  return chain[Math.max(0, chain.length - 1 - hops)];
}

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
createServer((request, response) => {
  const forwarded = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = clientAddressOf(Array.isArray(forwarded) ? forwarded.join(",") : forwarded, request.socket.remoteAddress, trustedProxyHops);
  void handle(request, response);
}).listen(port, hostname, () => console.log(`▲ Next.js production server on ${hostname ?? "every interface"}:${port}`));
