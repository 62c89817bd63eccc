#!/bin/sh
# A throwaway PostgreSQL server for the tests: a cluster of its own, listening
# on a Unix socket only (no TCP port), with trust authentication for the
# local user `postgres` and password authentication for every other role (the
# tests make their own).
#
#   pg-test-server.sh start DIR   creates and starts it; prints its URI
#   pg-test-server.sh stop DIR    stops it and removes it and DIR
#
# Clients reach it at DIR (host=DIR in a URI): DIR holds a link to the
# server's socket. The cluster itself (data, socket, log) lives in a fresh
# folder under /tmp, so that the server's user can reach it wherever DIR is
# (a build tree under /root is closed to the `postgres` user) and the socket's
# real path stays short. Run as root it runs the server as the `postgres`
# system user that Debian's postgresql package creates (initdb refuses root).
#
# A server left running by an earlier start on the same DIR (a test run that
# was killed) is stopped first. Any failure exits non-zero with the reason:
# the tests that need the server must fail, not skip, without it.
set -eu

cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
    echo "pg-test-server: PostgreSQL's server is not installed (Debian: postgresql; scripts/install-deps.sh installs it)" >&2
    exit 1
fi

as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# Stops the cluster recorded in DIR (if any) and removes it and DIR.
stop_cluster() {
    if [ -f "$dir/cluster" ]; then
        cluster=$(cat "$dir/cluster")
        case "$cluster" in
        /tmp/srdi-pg.*)
            if [ -f "$cluster/data/postmaster.pid" ]; then
                as_server "$bindir/pg_ctl" -D "$cluster/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
            fi
            rm -rf "$cluster"
            ;;
        esac
    fi
    rm -rf "$dir"
}

case "$cmd" in
start)
    if [ "$(id -u)" -eq 0 ] && ! getent passwd postgres >/dev/null; then
        echo "pg-test-server: running as root needs the postgres system user (Debian's postgresql package makes it)" >&2
        exit 1
    fi
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    stop_cluster
    mkdir -p "$dir"
    socket="$dir/.s.PGSQL.5432"
    if [ "${#socket}" -gt 100 ]; then
        echo "pg-test-server: $socket is too long for a Unix socket's path (at most 100 characters): use a shorter build folder" >&2
        exit 1
    fi
    cluster=$(mktemp -d /tmp/srdi-pg.XXXXXXXX)
    echo "$cluster" >"$dir/cluster"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$cluster"
    fi
    if ! as_server "$bindir/initdb" -D "$cluster/data" -U postgres -E UTF8 --locale=C.UTF-8 --no-sync \
        --auth-local=trust --auth-host=reject >"$cluster/initdb.log" 2>&1; then
        cat "$cluster/initdb.log" >&2
        echo "pg-test-server: initdb failed" >&2
        exit 1
    fi
    # Every role but postgres signs in with its password (scram), as a team's server would ask.
    cat >"$cluster/data/pg_hba.conf" <<HBA
local all postgres trust
local all all scram-sha-256
HBA
    if ! as_server "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
        -o "-k $cluster -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null; then
        cat "$cluster/server.log" >&2
        echo "pg-test-server: the server did not start" >&2
        exit 1
    fi
    ln -s "$cluster/.s.PGSQL.5432" "$socket"
    # It answers at DIR, as the tests will ask it.
    if ! "$bindir/pg_isready" -q -h "$dir" -U postgres -d postgres -t 30; then
        cat "$cluster/server.log" >&2
        echo "pg-test-server: the server does not answer at $dir" >&2
        exit 1
    fi
    echo "postgresql://postgres@/postgres?host=$dir"
    ;;
stop)
    stop_cluster
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
