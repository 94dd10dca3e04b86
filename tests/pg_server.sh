#!/usr/bin/env bash
# A scratch PostgreSQL server for the tests, from Debian's postgresql package: initdb in a
# fresh folder under the temporary folder, listening on 127.0.0.1 at a free port.
#   tests/pg_server.sh start INFO   starts one; writes its URL and folder into the file INFO
#   tests/pg_server.sh stop INFO    stops it and removes its folder
# initdb refuses to run as root: as root the server runs as the postgres user (or nobody).
# Exits 77 when the PostgreSQL server binaries are not installed.
set -euo pipefail
command=${1:?start or stop}
info=${2:?the info file}
bin=${NEWSRECON_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}

as=()
if [ "$(id -u)" -eq 0 ]; then
  user=postgres
  id "$user" >/dev/null 2>&1 || user=nobody
  as=(runuser -u "$user" --)
fi

case $command in
start)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "pg_server: no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2
    exit 77
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/newsrecon-pg-XXXXXX")
  password=newsrecon-test
  printf '%s\n' "$password" >"$dir/password"
  [ ${#as[@]} -eq 0 ] || chown -R "$user" "$dir"
  if ! "${as[@]}" "$bin/initdb" -D "$dir/data" -U newsrecon --pwfile="$dir/password" \
      --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C --no-sync \
      >"$dir/initdb.log" 2>&1; then
    echo "pg_server: initdb failed in $dir/data:" >&2
    cat "$dir/initdb.log" >&2
    exit 1
  fi
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 40000))
    if "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o \
        "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null 2>&1; then
      printf 'postgresql://newsrecon:%s@127.0.0.1:%s\n%s\n' "$password" "$port" "$dir" >"$info"
      exit 0
    fi
  done
  echo "pg_server: the server did not start; $dir/server.log says:" >&2
  tail -n 20 "$dir/server.log" >&2
  exit 1
  ;;
stop)
  [ -f "$info" ] || exit 0
  dir=$(sed -n 2p "$info")
  if [ -n "$dir" ] && [ -d "$dir/data" ]; then
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  case $dir in "${TMPDIR:-/tmp}"/newsrecon-pg-*) rm -rf "$dir" ;; esac
  rm -f "$info"
  ;;
*)
  echo "pg_server: start or stop, not $command" >&2
  exit 2
  ;;
esac
