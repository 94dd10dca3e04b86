#!/usr/bin/env python3
"""Serves a folder on N ports of 127.0.0.1 (N hosts, as newsrecon counts hosts:
scheme://host:port), and appends "PORT MONOTONIC_S PATH" for every request to a log, for
bench/workers/run.sh's per-host request rates.
  site.py ROOT FIRST_PORT N LOG"""
import http.server
import os
import sys
import threading
import time

root, first, count, log_path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
lock = threading.Lock()
log = open(log_path, "a", buffering=1)


def handler_for(folder, port):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=folder, **kwargs)

        def do_GET(self):
            with lock:
                log.write(f"{port} {time.monotonic():.6f} {self.path}\n")
            super().do_GET()

        def log_message(self, *args):
            pass

    return Handler


servers = []
for i in range(count):
    port = first + i
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port),
                                             handler_for(root, port))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    servers.append(server)
print("ready", flush=True)
threading.Event().wait()
