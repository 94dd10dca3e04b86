#!/usr/bin/env python3
"""Serves a folder on N ports of 127.0.0.1 (N hosts, as newsrecon counts hosts:
scheme://host:port), each response after SERVE_MS, and appends "PORT START_S END_S PATH"
for every request to a log (monotonic seconds: the request read, the response begun), for
bench/workers/run.sh's per-host request rates and transfers at once.
  site.py ROOT FIRST_PORT N LOG [SERVE_MS]"""
import http.server
import sys
import threading
import time

root, first, count, log_path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
serve_s = (int(sys.argv[5]) if len(sys.argv) > 5 else 0) / 1000.0
lock = threading.Lock()
log = open(log_path, "a", buffering=1)


def handler_for(folder, port):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=folder, **kwargs)

        def do_GET(self):
            start = time.monotonic()
            if serve_s > 0:
                time.sleep(serve_s)
            # Answering ends here for the log, as the response starts: the client's transfer
            # spans at least this (a time taken after the write could fall after the client
            # has finished, freed its slot and started the next transfer).
            answered = time.monotonic()
            super().do_GET()
            with lock:
                log.write(f"{port} {start:.6f} {answered:.6f} {self.path}\n")

        def log_message(self, *args):
            pass

    return Handler


servers = []
for i in range(count):
    port = first + i
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port),
                                             handler_for(root, port))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    servers.append(server)
print("ready", flush=True)
threading.Event().wait()
