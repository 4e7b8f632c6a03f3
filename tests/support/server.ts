import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".gif": "image/gif",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".pdf": "application/pdf",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
};

export type StaticServer = { url: string; close: () => Promise<void>; requests: string[] };

/** Serve a built site folder on 127.0.0.1 (a random port), mounted under `prefix`, like a static host. */
export async function serveFolder(root: string, prefix = "/"): Promise<StaticServer> {
  const requests: string[] = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    requests.push(url.pathname + url.search);
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(prefix)) return notFound();
    rel = rel.slice(prefix.length);
    let file = path.join(root, rel);
    if (!file.startsWith(root)) return notFound();
    // One read per request, as a static host answers from its cache (a folder means its index.html).
    const body = await readFile(file).catch((error: NodeJS.ErrnoException) =>
      error.code === "EISDIR" ? readFile((file = path.join(file, "index.html"))).catch(() => null) : null,
    );
    if (!body) return notFound();
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(body);

    function notFound() {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
