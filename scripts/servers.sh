# Throwaway PostgreSQL and MariaDB servers for the database tests. Sourced by scripts/test, not
# run. start_test_servers reads SCHEMATA_TEST_ENGINES, starts a server for each selected server
# engine in a fresh folder under /tmp and exports the variables tests/common/testdatabases.cpp
# reads; both servers are stopped and the folder removed when the shell exits, however it exits.
#
# The servers trade durability for speed (fsync off and the like): their data dies with them.

TEST_ENGINES_ALL=sqlite,postgresql,mysql
SERVER_START_TIMEOUT=60 # seconds; a loaded CI machine can be slow, a healthy start takes ~1 s

SERVERS_DIR=
SERVERS_PG_BIN=
SERVERS_PG_DATA=
SERVERS_MYSQL_PID=

# The keychain tests' Secret Service (start_test_keyring): a D-Bus session bus of its own with
# GNOME Keyring on it. dbus-bin brings dbus-send, which tells when the keyring is there;
# QtKeychain reaches the Secret Service through libsecret, which it loads at run time.
KEYRING_PACKAGES=(dbus-daemon dbus-bin gnome-keyring libsecret-1-0)
# tests/corpus makes the seed note's models with SQLAlchemy's own create_all on each engine
# (Debian's interpreter and drivers), and the sqlite3 shell is the reference of bench_clone.
# Alembic runs the revisions `schemata diff --alembic` writes (tst_commanddiff).
CORPUS_PACKAGES=(python3 python3-sqlalchemy python3-psycopg2 python3-pymysql sqlite3 python3-alembic
    python3-factory-boy)
KEYRING_DIR=
KEYRING_BUS_PID=
KEYRING_DAEMON_PID=

servers_log() {
    local IFS=' ' # callers may have changed it
    echo "servers: $*" >&2
}

# Prints a server's log so a failed start can be diagnosed from CI output alone.
servers_dump_log() {
    local file
    for file in "$@"; do
        [ -f "$file" ] || continue
        echo "----- $file -----" >&2
        tail -n 60 "$file" >&2
    done
}

is_root() {
    [ "$(id -u)" -eq 0 ]
}

# PostgreSQL refuses to run as root, so root runs its programs as the postgres system user that
# the Debian package creates. From / because root's working directory may be closed to postgres.
as_postgres() {
    if is_root; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

# A TCP port nothing listens on at 127.0.0.1: a connection to it is refused (bash's /dev/tcp, so
# no extra tool). Picked below Linux's ephemeral range (32768 up) so that outgoing connections do
# not take it meanwhile; the callers still retry when a server loses a race for it.
free_port() {
    local port tries
    for ((tries = 0; tries < 200; tries++)); do
        port=$((20000 + RANDOM % 12000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    servers_log "no free TCP port found on 127.0.0.1"
    return 1
}

# Normalises SCHEMATA_TEST_ENGINES (default: all) and rejects unknown names, so that a typo does
# not silently test nothing.
select_test_engines() {
    local requested=${SCHEMATA_TEST_ENGINES:-$TEST_ENGINES_ALL} engine selected=()
    local IFS=,
    for engine in $requested; do
        engine=${engine//[[:space:]]/}
        engine=${engine,,}
        [ -n "$engine" ] || continue
        case ",$TEST_ENGINES_ALL," in
        *",$engine,"*) ;;
        *)
            servers_log "unknown engine '$engine' in SCHEMATA_TEST_ENGINES" \
                "(expected a comma list of $TEST_ENGINES_ALL)"
            return 1
            ;;
        esac
        case ",${selected[*]}," in
        *",$engine,"*) ;;
        *) selected+=("$engine") ;;
        esac
    done
    if ((${#selected[@]} == 0)); then
        servers_log "SCHEMATA_TEST_ENGINES selects no engine"
        return 1
    fi
    echo "${selected[*]}" # joined by IFS's comma
}

start_postgresql() {
    local bins=(/usr/lib/postgresql/*/bin/initdb) dir=$SERVERS_DIR/postgresql port attempt
    if [ ! -x "${bins[0]}" ]; then
        servers_log "PostgreSQL not found in /usr/lib/postgresql/*/bin (Debian package postgresql)"
        return 1
    fi
    SERVERS_PG_BIN=$(printf '%s\n' "${bins[@]%/initdb}" | sort -V | tail -n 1)

    mkdir "$dir" || return 1
    if is_root; then
        chown postgres: "$dir" || return 1
    fi
    # Trust on the socket lets this script set up the role; TCP, which the tests use, takes the
    # password like a real server would. Locale C: the same sort order on every machine.
    if ! as_postgres "$SERVERS_PG_BIN/initdb" --pgdata="$dir/data" --username=postgres \
        --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C \
        --no-sync --no-instructions >"$dir/initdb.log" 2>&1; then
        servers_log "PostgreSQL initdb failed"
        servers_dump_log "$dir/initdb.log"
        return 1
    fi
    cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    SERVERS_PG_DATA=$dir/data

    for attempt in 1 2 3; do
        port=$(free_port) || return 1
        rm -f "$dir/server.log"
        if as_postgres "$SERVERS_PG_BIN/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" \
            --options="-p $port" --wait --timeout="$SERVER_START_TIMEOUT" start \
            >/dev/null 2>&1; then
            break
        fi
        # A timed-out start may still be running: stop it before the next attempt.
        as_postgres "$SERVERS_PG_BIN/pg_ctl" --pgdata="$dir/data" --mode=immediate stop \
            >/dev/null 2>&1 || true
        if ((attempt < 3)) && grep -q 'already in use' "$dir/server.log" 2>/dev/null; then
            servers_log "PostgreSQL lost port $port to another program, retrying"
            continue
        fi
        servers_log "PostgreSQL failed to start (or took over ${SERVER_START_TIMEOUT} s)"
        servers_dump_log "$dir/server.log"
        return 1
    done

    if ! as_postgres "$SERVERS_PG_BIN/psql" --no-psqlrc --quiet --host="$dir" --port="$port" \
        --username=postgres --dbname=postgres --set=ON_ERROR_STOP=1 \
        --command="CREATE ROLE schemata LOGIN SUPERUSER CREATEDB PASSWORD 'schemata'" \
        --command="CREATE DATABASE schemata OWNER schemata" >"$dir/setup.log" 2>&1; then
        servers_log "PostgreSQL: creating the role and database schemata failed"
        servers_dump_log "$dir/setup.log" "$dir/server.log"
        return 1
    fi
    export SCHEMATA_TEST_POSTGRESQL_URL="postgresql://schemata:schemata@127.0.0.1:$port/schemata"
}

mysql_client() {
    local program=$1
    shift
    "$program" --no-defaults --protocol=socket --socket="$SERVERS_DIR/mysql/mysql.sock" \
        --user=root "$@"
}

start_mysql() {
    local dir=$SERVERS_DIR/mysql mariadbd port attempt deadline as_user=()
    # For install and server alike, since InnoDB resizes its redo log to the server's setting.
    # The small log keeps the folder at ~25 MB instead of ~115 MB (/tmp may be RAM). No native
    # AIO: io_uring is blocked by container seccomp profiles and broken on some kernels.
    local storage=(--innodb-log-file-size=16M --innodb-doublewrite=0
        --innodb-flush-log-at-trx-commit=0 --innodb-use-native-aio=0 --skip-log-bin)
    # /usr/sbin is not on an ordinary user's PATH.
    mariadbd=$(PATH=$PATH:/usr/sbin:/usr/local/sbin command -v mariadbd) || {
        servers_log "mariadbd not found (Debian package mariadb-server)"
        return 1
    }
    # mariadbd refuses to run as root unless told to; as root it is simplest to let it, since
    # its files are as throwaway as the rest.
    if is_root; then
        as_user=(--user=root)
    fi
    mkdir "$dir" || return 1
    # --no-defaults: nothing from /etc/mysql (port, socket, datadir of the system server).
    # --skip-name-resolve: no DNS look-ups, which stall on machines without a resolver.
    if ! mariadb-install-db --no-defaults "${as_user[@]}" --datadir="$dir/data" \
        --auth-root-authentication-method=normal --skip-test-db --skip-name-resolve \
        "${storage[@]}" >"$dir/install.log" 2>&1; then
        servers_log "mariadb-install-db failed"
        servers_dump_log "$dir/install.log"
        return 1
    fi

    for attempt in 1 2 3; do
        port=$(free_port) || return 1
        rm -f "$dir/server.log"
        "$mariadbd" --no-defaults "${as_user[@]}" --datadir="$dir/data" \
            --socket="$dir/mysql.sock" --port="$port" --bind-address=127.0.0.1 \
            --skip-networking=0 --skip-name-resolve --pid-file="$dir/mysql.pid" \
            --log-error="$dir/server.log" "${storage[@]}" \
            --character-set-server=utf8mb4 --collation-server=utf8mb4_bin \
            </dev/null >/dev/null 2>&1 &
        SERVERS_MYSQL_PID=$!
        deadline=$((SECONDS + SERVER_START_TIMEOUT))
        until mysql_client mariadb-admin --connect-timeout=2 ping >/dev/null 2>&1; do
            if ! kill -0 "$SERVERS_MYSQL_PID" 2>/dev/null; then
                break
            fi
            if ((SECONDS >= deadline)); then
                servers_log "MariaDB did not answer within ${SERVER_START_TIMEOUT} s"
                servers_dump_log "$dir/server.log"
                return 1
            fi
            sleep 0.1
        done
        if kill -0 "$SERVERS_MYSQL_PID" 2>/dev/null; then
            break
        fi
        wait "$SERVERS_MYSQL_PID" 2>/dev/null || true
        SERVERS_MYSQL_PID=
        if ((attempt < 3)) && grep -q 'already in use' "$dir/server.log" 2>/dev/null; then
            servers_log "MariaDB lost port $port to another program, retrying"
            continue
        fi
        servers_log "MariaDB exited during start-up"
        servers_dump_log "$dir/server.log"
        return 1
    done

    # The tests connect over TCP to 127.0.0.1, which '%' covers; the explicit localhost and
    # 127.0.0.1 accounts keep a more specific anonymous account (if a MariaDB version creates one)
    # from shadowing '%' for local clients.
    local host sql="DROP USER IF EXISTS ''@'localhost';"
    for host in % localhost 127.0.0.1; do
        sql+="CREATE USER 'schemata'@'$host' IDENTIFIED BY 'schemata';"
        sql+="GRANT ALL PRIVILEGES ON *.* TO 'schemata'@'$host' WITH GRANT OPTION;"
    done
    sql+="CREATE DATABASE schemata CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;"
    if ! mysql_client mariadb --execute="$sql" >"$dir/setup.log" 2>&1; then
        servers_log "MariaDB: creating the user and database schemata failed"
        servers_dump_log "$dir/setup.log" "$dir/server.log"
        return 1
    fi
    export SCHEMATA_TEST_MYSQL_URL="mysql://schemata:schemata@127.0.0.1:$port/schemata"
}

# Idempotent and never fails (errexit is on in the trap too, hence the || true): it runs from
# the EXIT trap, possibly after a half-done start. A second Ctrl-C must not cut it short.
stop_test_servers() {
    trap '' INT TERM HUP
    if [ -n "$SERVERS_MYSQL_PID" ]; then
        # SIGKILL: the data is thrown away, so a clean shutdown (over a second) buys nothing.
        kill -KILL "$SERVERS_MYSQL_PID" 2>/dev/null || true
        wait "$SERVERS_MYSQL_PID" 2>/dev/null || true
        SERVERS_MYSQL_PID=
    fi
    if [ -n "$SERVERS_PG_DATA" ] && [ -f "$SERVERS_PG_DATA/postmaster.pid" ]; then
        as_postgres "$SERVERS_PG_BIN/pg_ctl" --pgdata="$SERVERS_PG_DATA" --mode=immediate \
            --wait stop >/dev/null 2>&1 || true
    fi
    SERVERS_PG_DATA=
    if [ -n "$SERVERS_DIR" ]; then
        rm -rf "$SERVERS_DIR" || true
        SERVERS_DIR=
    fi
    stop_test_keyring
    return 0
}

# Idempotent and never fails, like stop_test_servers (which calls it).
stop_test_keyring() {
    if [ -n "$KEYRING_DAEMON_PID" ]; then
        kill "$KEYRING_DAEMON_PID" 2>/dev/null || true
        wait "$KEYRING_DAEMON_PID" 2>/dev/null || true
        KEYRING_DAEMON_PID=
    fi
    if [ -n "$KEYRING_BUS_PID" ]; then
        kill "$KEYRING_BUS_PID" 2>/dev/null || true
        KEYRING_BUS_PID=
    fi
    if [ -n "$KEYRING_DIR" ]; then
        rm -rf "$KEYRING_DIR" || true
        KEYRING_DIR=
    fi
    return 0
}

keyring_answers() {
    dbus-send --session --print-reply --reply-timeout=2000 --dest=org.freedesktop.DBus \
        /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
        string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}

# A throwaway system keychain for the tests that store passwords (tests/designer/
# tst_passwordstore, tests/app/tst_opendatabase): a private D-Bus session bus with GNOME
# Keyring's Secret Service on it, its "login" keyring made and unlocked with a fixed password
# in a fresh folder, never the user's own. Exports DBUS_SESSION_BUS_ADDRESS and
# SCHEMATA_TEST_KEYRING=1, which makes a keychain that does not answer a test failure rather
# than a skip. Both processes end, and the folder goes, on exit (stop_test_servers).
start_test_keyring() {
    local out deadline
    trap stop_test_servers EXIT
    KEYRING_DIR=$(mktemp -d /tmp/schemata-keyring.XXXXXX) || return 1
    mkdir -m 0700 "$KEYRING_DIR/home" "$KEYRING_DIR/runtime" || return 1
    if ! out=$(dbus-daemon --session --fork --nopidfile --address="unix:path=$KEYRING_DIR/bus" \
        --print-address=1 --print-pid=1 2>"$KEYRING_DIR/bus.log"); then
        servers_log "the keychain's D-Bus session bus did not start (Debian package dbus-daemon)"
        servers_dump_log "$KEYRING_DIR/bus.log"
        return 1
    fi
    KEYRING_BUS_PID=$(sed -n 2p <<<"$out")
    export DBUS_SESSION_BUS_ADDRESS
    DBUS_SESSION_BUS_ADDRESS=$(sed -n 1p <<<"$out")
    # --unlock reads the keyring's password from standard input, and creates the keyring with
    # it the first time. Only the Secret Service: no SSH or PKCS#11 agents.
    printf 'schemata-tests' | HOME=$KEYRING_DIR/home XDG_DATA_HOME=$KEYRING_DIR/home/data \
        XDG_RUNTIME_DIR=$KEYRING_DIR/runtime \
        gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$KEYRING_DIR/daemon.log" 2>&1 &
    KEYRING_DAEMON_PID=$!
    deadline=$((SECONDS + SERVER_START_TIMEOUT))
    until keyring_answers; do
        if ! kill -0 "$KEYRING_DAEMON_PID" 2>/dev/null || ((SECONDS >= deadline)); then
            servers_log "GNOME Keyring did not come up on the test bus (Debian package gnome-keyring)"
            servers_dump_log "$KEYRING_DIR/daemon.log"
            return 1
        fi
        sleep 0.1
    done
    export SCHEMATA_TEST_KEYRING=1
    servers_log "keychain ready: GNOME Keyring on $DBUS_SESSION_BUS_ADDRESS"
}

# Starts the servers SCHEMATA_TEST_ENGINES selects and exports SCHEMATA_TEST_ENGINES,
# SCHEMATA_TEST_POSTGRESQL_URL, SCHEMATA_TEST_MYSQL_URL and SCHEMATA_TEST_REQUIRE_SERVERS=1.
# Returns non-zero, after printing why, when a server does not come up.
start_test_servers() {
    local engines started=$SECONDS
    engines=$(select_test_engines) || return 1
    export SCHEMATA_TEST_ENGINES=$engines
    export SCHEMATA_TEST_REQUIRE_SERVERS=1
    unset SCHEMATA_TEST_POSTGRESQL_URL SCHEMATA_TEST_MYSQL_URL

    # Traps first, so an interruption during start-up cleans up too. INT and TERM go through
    # exit so that the EXIT trap runs once, with a conventional status.
    trap stop_test_servers EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    trap 'exit 129' HUP

    case ",$SCHEMATA_TEST_ENGINES," in
    *,postgresql,* | *,mysql,*) ;;
    *) return 0 ;;
    esac
    # Under /tmp rather than $TMPDIR: the postgres user must be able to reach it, and Unix
    # socket paths must stay short (about 100 bytes).
    SERVERS_DIR=$(mktemp -d /tmp/schemata-servers.XXXXXX) || return 1
    chmod 0711 "$SERVERS_DIR" || return 1

    case ",$SCHEMATA_TEST_ENGINES," in
    *,postgresql,*) start_postgresql || return 1 ;;
    esac
    case ",$SCHEMATA_TEST_ENGINES," in
    *,mysql,*) start_mysql || return 1 ;;
    esac
    servers_log "ready in $((SECONDS - started)) s:" ${SCHEMATA_TEST_POSTGRESQL_URL:-} \
        ${SCHEMATA_TEST_MYSQL_URL:-}
}
