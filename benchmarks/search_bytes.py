"""What a first search query really downloads, measured in Chromium on a built site.

    .venv/bin/python -m benchmarks.search_bytes SITE_DIR [--query Lavrov] [--gzip]

Serves SITE_DIR on localhost (with gzip for text files when --gzip is given, as static hosts
such as GitHub Pages send them), opens the home page in headless Chromium (Playwright driving
/usr/bin/chromium), waits until it is idle, then types the query in the header search box and
counts every response body received until the results are shown ("first query"), and then,
once the pointer is over the facets, until they are filled ("facets"). Prints bytes per file, as transferred.
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import sys
import threading
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"]
COMPRESSIBLE = (".html", ".js", ".css", ".json", ".xml", ".svg", ".txt")


class _Handler(http.server.SimpleHTTPRequestHandler):
    use_gzip = False

    def log_message(self, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        wants = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (self.use_gzip and wants and path.suffix in COMPRESSIBLE and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        from io import BytesIO

        return BytesIO(body)


def measure(site: Path, query: str, use_gzip: bool) -> dict[str, dict[str, int]]:
    from playwright.sync_api import sync_playwright

    handler = type("Handler", (_Handler,), {"use_gzip": use_gzip})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    phases: dict[str, dict[str, int]] = {"first query": {}, "facets": {}}
    phase: list[str | None] = [None]

    def finished(request) -> None:  # type: ignore[no-untyped-def]
        if phase[0] is None or request.url.startswith("blob:"):
            return
        size = request.sizes()["responseBodySize"]
        path = urlsplit(request.url).path
        phases[phase[0]][path] = phases[phase[0]].get(path, 0) + size

    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("requestfinished", finished)
            page.goto(base, wait_until="networkidle")
            phase[0] = "first query"
            page.fill("#archive-search-input", query)
            page.wait_for_selector(".archive-search__results li", timeout=120_000)
            page.wait_for_load_state("networkidle")
            phase[0] = "facets"
            page.hover(".archive-search__filters")  # facets are filled when the reader reaches for them
            page.wait_for_selector("select[data-filter=actor] option:nth-child(2)", state="attached", timeout=120_000)
            page.wait_for_load_state("networkidle")
            browser.close()
    finally:
        server.shutdown()
    return phases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.search_bytes", description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--query", default="Lavrov")
    parser.add_argument("--gzip", action="store_true", help="serve text files gzip-compressed")
    args = parser.parse_args(argv)
    phases = measure(args.site, args.query, args.gzip)
    for name, files in phases.items():
        print(f"{name}: {sum(files.values()) / 1024:.1f} KB in {len(files)} files")
        for path, size in sorted(files.items(), key=lambda kv: -kv[1]):
            print(f"  {size / 1024:7.1f} KB  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
