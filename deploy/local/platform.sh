#!/usr/bin/env bash
# Local launcher of the grants platform without Docker: PostgreSQL roles and databases (on a server that
# answers, else on an embedded one from Maven Central), Kafka (KRaft, from Maven Central jars), Keycloak
# (dist zip, dev mode), the three services, the portal, demo data.
#
#   platform up | down | status
#   platform logs <component> [-f]
#   platform start|stop|restart <component>    (what the end-to-end tests use to kill and restart parts)
#
# Components: postgres kafka keycloak services service <name> associations grants reporting portal demo,
# and replicas <service>-<n> (n >= 2, e.g. grants-2): another instance on port <SERVICE>_<N>_PORT.
# Every setting below can be overridden from the environment, so a second copy can run on other ports
# with another PLATFORM_HOME. See deploy/local/README.md.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

PLATFORM_HOME=${PLATFORM_HOME:-$REPO/.platform}
if [[ $PLATFORM_HOME == *[[:space:]]* ]]; then
  echo "platform: platform failed: PLATFORM_HOME must not contain white space (log: -)" >&2
  exit 1
fi
# Absolute, because it is part of the marker that tells this copy's processes from any other's.
mkdir -p "$PLATFORM_HOME/logs" "$PLATFORM_HOME/run"
PLATFORM_HOME=$(cd "$PLATFORM_HOME" && pwd)
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
KEYCLOAK_MGMT_PORT=${KEYCLOAK_MGMT_PORT:-9000}
ASSOCIATIONS_PORT=${ASSOCIATIONS_PORT:-8081}
GRANTS_PORT=${GRANTS_PORT:-8082}
REPORTING_PORT=${REPORTING_PORT:-8083}
PORTAL_PORT=${PORTAL_PORT:-8080}
# A PostgreSQL server that answers there is used, as PGUSER (PGPASSWORD); when none answers, the embedded one.
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
PGPASSWORD=${PGPASSWORD:-}
# Another port than PGPORT's default, so that it never passes for a machine's server, nor blocks one that starts later.
EMBEDDED_PGPORT=${EMBEDDED_PGPORT:-5433}
# PostgreSQL refuses to run as root: then the embedded server runs as this user (and its data folder is theirs).
EMBEDDED_PG_OS_USER=${EMBEDDED_PG_OS_USER:-nobody}
PG_READY_TIMEOUT=${PG_READY_TIMEOUT:-60}
DB_PREFIX=${DB_PREFIX:-}
ASSOCIATIONS_DB_PASSWORD=${ASSOCIATIONS_DB_PASSWORD:-associations}
GRANTS_DB_PASSWORD=${GRANTS_DB_PASSWORD:-grants}
REPORTING_DB_PASSWORD=${REPORTING_DB_PASSWORD:-reporting}
PORTAL_OIDC_SECRET=${PORTAL_OIDC_SECRET:-portal-local-secret}
# The realm's secrets of the clients grants-service and associations-service, whose service accounts read the user
# directory (given to the services as PLATFORM_DIRECTORY_CLIENT_SECRET).
GRANTS_DIRECTORY_SECRET=${GRANTS_DIRECTORY_SECRET:-grants-service-local-secret}
ASSOCIATIONS_DIRECTORY_SECRET=${ASSOCIATIONS_DIRECTORY_SECRET:-associations-service-local-secret}
KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}
# The IATI publisher's org-id.guide identifier: a placeholder locally (README, "Open data"); set the real one.
IATI_REPORTING_ORG_REF=${IATI_REPORTING_ORG_REF:-XI-IATI-PLACEHOLDER}
PLATFORM_SKIP_BUILD=${PLATFORM_SKIP_BUILD:-0}
PLATFORM_SKIP_DEMO=${PLATFORM_SKIP_DEMO:-0}
PLATFORM_COMPONENTS=${PLATFORM_COMPONENTS:-postgres kafka keycloak services portal demo}
KAFKA_JAVA_OPTS=${KAFKA_JAVA_OPTS:--Xmx256m}
KEYCLOAK_JAVA_OPTS=${KEYCLOAK_JAVA_OPTS:--XX:TieredStopAtLevel=1}
# The services' live heap stays under 70 MB under load: a small serial-collected heap and capped
# metaspace, code cache and thread stacks keep each JVM near 300 MB resident (bench/README.md).
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS:--Xmx128m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k}
KAFKA_READY_TIMEOUT=${KAFKA_READY_TIMEOUT:-60}
KEYCLOAK_READY_TIMEOUT=${KEYCLOAK_READY_TIMEOUT:-180}
SERVICE_READY_TIMEOUT=${SERVICE_READY_TIMEOUT:-120}
STOP_TIMEOUT=${STOP_TIMEOUT:-20}
PORT_FREE_TIMEOUT=${PORT_FREE_TIMEOUT:-15}

# Fixed so that a restart finds the storage it formatted (base64url of "grants-platform!").
KAFKA_CLUSTER_ID=Z3JhbnRzLXBsYXRmb3JtIQ
# Passed to the infra pom too, so the unpacked folder name and the fetched zip always agree.
KEYCLOAK_VERSION=26.5.6
# Passed to the infra pom too: the embedded server's major is the one the services are tested with.
EMBEDDED_PG_VERSION=15.17.0
PGJDBC_VERSION=42.7.10
SERVICES=(associations grants reporting)
TOPICS=("associations.events:3" "grants.events:3" "associations.events.dlq:1" "grants.events.dlq:1")

INFRA_POM=$REPO/deploy/local/infra/pom.xml
LOGS=$PLATFORM_HOME/logs
RUN=$PLATFORM_HOME/run
KAFKA_HOME=$PLATFORM_HOME/kafka
KC_DIR=$PLATFORM_HOME/keycloak/keycloak-$KEYCLOAK_VERSION
PG_DIR=$PLATFORM_HOME/postgres
# As root the embedded server runs as EMBEDDED_PG_OS_USER, who must reach its folder: where a parent of PLATFORM_HOME
# is closed to that user (a clone under /root, say), the folder is one of this PLATFORM_HOME's own under /var/lib.
if ((EUID == 0)) && id "$EMBEDDED_PG_OS_USER" >/dev/null 2>&1 && ! setpriv --reuid="$EMBEDDED_PG_OS_USER" \
    --regid="$(id -g "$EMBEDDED_PG_OS_USER")" --clear-groups test -x "$PLATFORM_HOME" 2>/dev/null; then
  PG_DIR=/var/lib/grants-platform/postgres-$(printf %s "$PLATFORM_HOME" | sha256sum | cut -c1-12)
fi
PG_BIN=$PG_DIR/pgsql-$EMBEDDED_PG_VERSION/bin
PG_DATA=$PG_DIR/data
# The server writes its own log as EMBEDDED_PG_OS_USER, so beside its data; logs/postgres-server.log links to it.
PG_LOG=$PG_DIR/server.log
PGJDBC_JAR=$PG_DIR/postgresql-$PGJDBC_VERSION.jar

say() { echo "platform: $*"; }

# The one line a caller sees when something goes wrong.
fail() { # component reason [log]
  echo "platform: $1 failed: $2 (log: ${3:-$LOGS/$1.log})" >&2
  exit 1
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_ok() { [[ $(curl -s -o /dev/null -m 3 -w '%{http_code}' "$1" 2>/dev/null) == 200 ]]; }

# Every process we start carries these two system properties on its command line: they tell our
# processes from anything else on the machine, and one PLATFORM_HOME's from another's.
marker() { echo "-Dplatform.component=$1 -Dplatform.home=$PLATFORM_HOME"; }
HOME_RE=$(sed 's/[][\.*^$+?(){}|]/\\&/g' <<<"$PLATFORM_HOME")
marker_re() { echo "-Dplatform\\.component=$1 -Dplatform\\.home=$HOME_RE( |\$)"; }

pids_of() { pgrep -f -- "$(marker_re "$1")" || true; }
java_pid_of() { pgrep -f -- "^[^ ]*java .*$(marker_re "$1")" | head -1 || true; }
running() { [[ -n $(pids_of "$1") ]]; }

rss_mb() { ps -o rss= -p "$1" 2>/dev/null | awk '{ printf "%d MB", $1 / 1024 }'; }

# Starts a command in its own session and process group, recording the group id in run/<component>.pid.
# The previous log is kept as <component>.log.1 (a restart after a crash is easier to read that way).
launch() { # component command...
  local c=$1; shift
  [[ -f $LOGS/$c.log ]] && mv -f "$LOGS/$c.log" "$LOGS/$c.log.1"
  setsid "$@" >"$LOGS/$c.log" 2>&1 </dev/null &
  echo $! >"$RUN/$c.pid"
}

# Polls a check until it passes; fails the component if its processes die or the time runs out.
await() { # component timeout-seconds what check...
  local c=$1 timeout=$2 what=$3; shift 3
  local deadline=$((SECONDS + timeout))
  until "$@"; do
    running "$c" || fail "$c" "exited before $what"
    ((SECONDS < deadline)) || fail "$c" "not $what after ${timeout}s"
    sleep 1
  done
}

# A component already running is only waited for; otherwise its ports must be free.
already_running() { # component timeout what check...
  local c=$1
  running "$c" || return 1
  await "$@"
  say "$c already running (pid $(java_pid_of "$c"))"
}

# A process that was just killed can hold its ports for a few seconds after its command line is gone
# (its last threads still exiting), so a port in use gets PORT_FREE_TIMEOUT seconds to be released.
require_free_ports() { # component port...
  local c=$1 port deadline=$((SECONDS + PORT_FREE_TIMEOUT)); shift
  for port in "$@"; do
    while port_open "$port"; do
      ((SECONDS < deadline)) || fail "$c" "port $port is in use by a process that is not this platform's"
      sleep 0.5
    done
  done
}

# ---------------------------------------------------------------- PostgreSQL (one that answers, or the embedded one)

# A TCP answer is enough to choose the server; PostgresSetup.java then says whether the admin may log in.
pg_answers() { timeout 3 bash -c "exec 3<>/dev/tcp/$PGHOST/$PGPORT" 2>/dev/null; }

# The embedded server's tools, as root under EMBEDDED_PG_OS_USER; from its folder, which that user can read.
as_pg_owner() {
  if ((EUID == 0)); then
    env -C "$PG_DIR" setpriv --reuid="$EMBEDDED_PG_OS_USER" --regid="$(id -g "$EMBEDDED_PG_OS_USER")" --clear-groups "$@"
  else
    env -C "$PG_DIR" "$@"
  fi
}

embedded_running() {
  [[ -x $PG_BIN/pg_ctl && -f $PG_DATA/postmaster.pid ]] && as_pg_owner "$PG_BIN/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1
}

# postmaster.pid: pid, data folder, start time, port, ...
embedded_pid() { sed -n 1p "$PG_DATA/postmaster.pid"; }
embedded_port() { sed -n 4p "$PG_DATA/postmaster.pid"; }

# The server the services use: the embedded one while it runs (on the port it was started with), else PGHOST:PGPORT.
db_address() {
  if embedded_running; then
    DB_HOST=127.0.0.1 DB_PORT=$(embedded_port) DB_ADMIN=postgres DB_ADMIN_PASSWORD=""
  else
    DB_HOST=$PGHOST DB_PORT=$PGPORT DB_ADMIN=$PGUSER DB_ADMIN_PASSWORD=$PGPASSWORD
  fi
}

db_password() { local var=${1^^}_DB_PASSWORD; echo "${!var}"; }

load_pgjdbc() {
  [[ -s $PGJDBC_JAR ]] && return
  mkdir -p "$PG_DIR"
  "$REPO/mvnw" -B -q -f "$INFRA_POM" dependency:copy@pgjdbc -Dpgjdbc.version="$PGJDBC_VERSION" \
    -Dpostgres.parent.dir="$PG_DIR" >"$LOGS/postgres-setup.log" 2>&1 ||
    fail postgres "could not fetch the PostgreSQL JDBC driver" "$LOGS/postgres-setup.log"
}

# The artifact holds one .txz of bin/ (initdb, pg_ctl, postgres), lib/ and share/; unpacked beside it, then dropped.
unpack_embedded() {
  local dir=${PG_BIN%/bin} arch
  [[ -x $PG_BIN/postgres ]] && return
  case $(uname -m) in
    x86_64) arch=amd64 ;;
    aarch64) arch=arm64v8 ;;
    *) fail postgres "no embedded PostgreSQL for $(uname -m); set PGHOST/PGPORT to a server" ;;
  esac
  command -v xz >/dev/null || fail postgres "xz is needed to unpack the embedded PostgreSQL (Debian: xz-utils)"
  say "unpacking PostgreSQL $EMBEDDED_PG_VERSION (once)"
  rm -rf "$dir"
  "$REPO/mvnw" -B -q -f "$INFRA_POM" dependency:unpack@postgres -Dembedded.postgres.version="$EMBEDDED_PG_VERSION" \
    -Dembedded.postgres.arch="$arch" -Dpostgres.binaries.dir="$dir" >"$LOGS/postgres-setup.log" 2>&1 ||
    fail postgres "could not fetch embedded-postgres-binaries-linux-$arch" "$LOGS/postgres-setup.log"
  tar -xJf "$dir"/*.txz -C "$dir" >>"$LOGS/postgres-setup.log" 2>&1 ||
    fail postgres "could not unpack its binaries" "$LOGS/postgres-setup.log"
  rm -f "$dir"/*.txz
}

# Once: a cluster whose superuser postgres is trusted on 127.0.0.1 (the only address it listens on).
init_embedded() {
  local log=$LOGS/postgres.log
  if ((EUID == 0)); then
    id "$EMBEDDED_PG_OS_USER" >/dev/null 2>&1 || fail postgres "no user $EMBEDDED_PG_OS_USER to run the embedded server as"
  fi
  as_pg_owner test -x "$PG_BIN/postgres" ||
    fail postgres "$(id -un "$EMBEDDED_PG_OS_USER" 2>/dev/null || id -un) cannot reach $PG_BIN: a parent folder of PLATFORM_HOME is closed to that user"
  [[ -f $PG_DATA/PG_VERSION ]] && return
  say "creating the embedded PostgreSQL's data folder $PG_DATA (once)"
  rm -rf "$PG_DATA"
  mkdir -p "$PG_DATA"
  ((EUID != 0)) || chown "$EMBEDDED_PG_OS_USER:" "$PG_DATA"
  chmod 700 "$PG_DATA"
  as_pg_owner "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >>"$log" 2>&1 ||
    fail postgres "initdb did not succeed" "$log"
}

start_embedded() {
  local started=$SECONDS
  unpack_embedded
  init_embedded
  require_free_ports postgres "$EMBEDDED_PGPORT"
  say "no PostgreSQL answers on $PGHOST:$PGPORT: starting the embedded PostgreSQL $EMBEDDED_PG_VERSION"
  # No Unix socket: the services and PostgresSetup.java connect over TCP, and /tmp may belong to another server.
  touch "$PG_LOG"
  ((EUID != 0)) || chown "$EMBEDDED_PG_OS_USER:" "$PG_LOG"
  ln -sfn "$PG_LOG" "$LOGS/postgres-server.log"
  as_pg_owner "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$PG_LOG" -w -t "$PG_READY_TIMEOUT" \
    -o "-p $EMBEDDED_PGPORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" >/dev/null 2>&1 ||
    fail postgres "pg_ctl start did not succeed" "$PG_LOG"
  say "embedded postgres started on 127.0.0.1:$EMBEDDED_PGPORT (pid $(embedded_pid), $((SECONDS - started)) s)"
}

stop_embedded() {
  if ! embedded_running; then
    say "embedded postgres not running"
    return
  fi
  as_pg_owner "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -w -t "$STOP_TIMEOUT" >/dev/null 2>&1 ||
    as_pg_owner "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m immediate -w >>"$LOGS/postgres.log" 2>&1 ||
    fail postgres "pg_ctl stop did not succeed"
  say "embedded postgres stopped"
}

start_postgres() {
  local log=$LOGS/postgres.log name
  load_pgjdbc
  if embedded_running; then
    say "embedded postgres already running (pid $(embedded_pid))"
  elif ! pg_answers; then
    start_embedded
  fi
  db_address
  local -a env=(PGHOST="$DB_HOST" PGPORT="$DB_PORT" PGUSER="$DB_ADMIN" PGPASSWORD="$DB_ADMIN_PASSWORD"
    DB_PREFIX="$DB_PREFIX" PG_READY_TIMEOUT="$PG_READY_TIMEOUT")
  for name in "${SERVICES[@]}"; do env+=("${name^^}_DB_PASSWORD=$(db_password "$name")"); done
  env "${env[@]}" java -cp "$PGJDBC_JAR" "$REPO/deploy/local/PostgresSetup.java" "${SERVICES[@]}" >>"$log" 2>&1 ||
    fail postgres "could not create the services' roles and databases: $(tail -n 1 "$log")" "$log"
  say "postgres ready on $DB_HOST:$DB_PORT (databases ${DB_PREFIX}associations, ${DB_PREFIX}grants, ${DB_PREFIX}reporting)"
}

# ---------------------------------------------------------------- Kafka

# Resolved once per version of the infra pom (the file name carries its hash), then reused offline.
load_kafka_classpath() {
  local file
  file=$KAFKA_HOME/classpath-$(sha1sum "$INFRA_POM" | cut -c1-12).txt
  if [[ ! -s $file ]]; then
    say "resolving Kafka's classpath with Maven (once)"
    "$REPO/mvnw" -B -q -f "$INFRA_POM" dependency:build-classpath -Dmdep.outputFile="$file" \
      >"$LOGS/kafka-setup.log" 2>&1 || fail kafka "could not resolve its classpath" "$LOGS/kafka-setup.log"
  fi
  KAFKA_CP=$(<"$file")
}

write_kafka_config() {
  cat >"$KAFKA_HOME/server.properties" <<EOF
# Generated by deploy/local/platform.sh on every start; edit the script, not this file.
process.roles=broker,controller
node.id=1
# A static voter set: the controller port lives in this file, not in the formatted metadata log,
# so the same data directory survives a change of ports.
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_HOME/data
num.partitions=1
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
# After a kill -9 the restarted broker cannot register until its previous session has expired
# (default 9 s); with the controller in the same process nothing else depends on a longer one.
broker.heartbeat.interval.ms=1000
broker.session.timeout.ms=3000
# Topics are created by the launcher with their partition counts; a typo must not create a new one.
auto.create.topics.enable=false
EOF
  cat >"$KAFKA_HOME/log4j2.properties" <<'EOF'
appender.out.type = Console
appender.out.name = STDOUT
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.out.ref = STDOUT
EOF
}

kafka_started() { grep -qs 'Kafka Server started' "$LOGS/kafka.log" && port_open "$KAFKA_PORT"; }

# Event topics keep every record (retention.ms=-1) so reporting-service can replay them from the
# start; so do the dead-letter topics, whose records wait for a person to look at them.
ensure_topics() {
  local existing spec topic
  existing=$(java -cp "$KAFKA_CP" org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" --list 2>>"$LOGS/kafka-setup.log") ||
    fail kafka "could not list topics" "$LOGS/kafka-setup.log"
  for spec in "${TOPICS[@]}"; do
    topic=${spec%%:*}
    grep -qx -- "$topic" <<<"$existing" && continue
    java -cp "$KAFKA_CP" org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
      --create --if-not-exists --topic "$topic" --partitions "${spec##*:}" --replication-factor 1 \
      --config retention.ms=-1 >>"$LOGS/kafka-setup.log" 2>&1 ||
      fail kafka "could not create topic $topic" "$LOGS/kafka-setup.log"
    say "created topic $topic (${spec##*:} partitions)"
  done
}

start_kafka() {
  local started
  mkdir -p "$KAFKA_HOME"
  load_kafka_classpath
  if ! already_running kafka "$KAFKA_READY_TIMEOUT" "listening on $KAFKA_PORT" port_open "$KAFKA_PORT"; then
    require_free_ports kafka "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"
    write_kafka_config
    if [[ ! -f $KAFKA_HOME/data/meta.properties ]]; then
      java -cp "$KAFKA_CP" kafka.tools.StorageTool format -t "$KAFKA_CLUSTER_ID" -c "$KAFKA_HOME/server.properties" \
        >>"$LOGS/kafka-setup.log" 2>&1 || fail kafka "could not format its storage" "$LOGS/kafka-setup.log"
    fi
    started=$SECONDS
    # shellcheck disable=SC2046,SC2086 # the marker and KAFKA_JAVA_OPTS are several words
    launch kafka java $(marker kafka) $KAFKA_JAVA_OPTS -Dlog4j2.configurationFile="$KAFKA_HOME/log4j2.properties" \
      -cp "$KAFKA_CP" kafka.Kafka "$KAFKA_HOME/server.properties"
    await kafka "$KAFKA_READY_TIMEOUT" "started" kafka_started
    say "kafka started on 127.0.0.1:$KAFKA_PORT (pid $(java_pid_of kafka), $((SECONDS - started)) s)"
  fi
  ensure_topics
}

# ---------------------------------------------------------------- Keycloak

keycloak_ready() { http_ok "http://127.0.0.1:$KEYCLOAK_MGMT_PORT/health/ready"; }

start_keycloak() {
  local started issuer="http://127.0.0.1:$KEYCLOAK_PORT/realms/grants"
  if [[ ! -x $KC_DIR/bin/kc.sh ]]; then
    say "unpacking Keycloak $KEYCLOAK_VERSION (once)"
    "$REPO/mvnw" -B -q -f "$INFRA_POM" dependency:unpack@keycloak -Dkeycloak.version="$KEYCLOAK_VERSION" \
      -Dkeycloak.parent.dir="$PLATFORM_HOME/keycloak" >"$LOGS/keycloak-setup.log" 2>&1 ||
      fail keycloak "could not unpack keycloak-quarkus-dist" "$LOGS/keycloak-setup.log"
  fi
  # --import-realm skips a realm that already exists, so the H2 data of earlier runs wins.
  mkdir -p "$KC_DIR/data/import"
  cp "$REPO/deploy/keycloak/grants-realm.json" "$KC_DIR/data/import/"
  if ! already_running keycloak "$KEYCLOAK_READY_TIMEOUT" "ready" keycloak_ready; then
    require_free_ports keycloak "$KEYCLOAK_PORT" "$KEYCLOAK_MGMT_PORT"
    started=$SECONDS
    # The marker goes to kc.sh as -D arguments, which it passes on to the JVM it starts.
    # shellcheck disable=SC2046
    launch keycloak env KC_HEALTH_ENABLED=true JAVA_OPTS_APPEND="$KEYCLOAK_JAVA_OPTS" \
      KC_BOOTSTRAP_ADMIN_USERNAME="$KC_BOOTSTRAP_ADMIN_USERNAME" KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_BOOTSTRAP_ADMIN_PASSWORD" \
      "$KC_DIR/bin/kc.sh" $(marker keycloak) start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
      --hostname="http://127.0.0.1:$KEYCLOAK_PORT" --http-management-port="$KEYCLOAK_MGMT_PORT" --import-realm
    await keycloak "$KEYCLOAK_READY_TIMEOUT" "ready" keycloak_ready
    say "keycloak started on 127.0.0.1:$KEYCLOAK_PORT (pid $(java_pid_of keycloak), $((SECONDS - started)) s)"
  fi
  curl -s -m 5 "$issuer/.well-known/openid-configuration" | grep -qF "\"issuer\":\"$issuer\"" ||
    fail keycloak "realm grants not served with issuer $issuer"
  add_missing_to_realm
}

# --import-realm skips a realm that exists, so a client, role or user added to grants-realm.json after
# Keycloak's data was made would never arrive. A partial import through the admin API adds what the
# realm lacks and leaves what it has as it is (ifResourceExists SKIP), so it can run on every start.
# It takes the service-account users too: a client added with serviceAccountsEnabled gets the file's
# service-account-<client> user and its realm-management roles.
add_missing_to_realm() {
  local log=$LOGS/keycloak-setup.log url="http://127.0.0.1:$KEYCLOAK_PORT" token result added
  token=$(curl -s -m 10 -d grant_type=password -d client_id=admin-cli \
    --data-urlencode "username=$KC_BOOTSTRAP_ADMIN_USERNAME" --data-urlencode "password=$KC_BOOTSTRAP_ADMIN_PASSWORD" \
    "$url/realms/master/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  [[ -n $token ]] ||
    fail keycloak "no admin token for $KC_BOOTSTRAP_ADMIN_USERNAME (KC_BOOTSTRAP_ADMIN_* must be those of its first start)"
  result=$(sed '1s/^{/{"ifResourceExists": "SKIP",/' "$REPO/deploy/keycloak/grants-realm.json" |
    curl -s -S -m 30 -f -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary @- \
      "$url/admin/realms/grants/partialImport" 2>>"$log") ||
    fail keycloak "could not add the missing parts of grants-realm.json to realm grants" "$log"
  echo "$result" >>"$log"
  [[ $result == *'"action":"ADDED"'* ]] || return 0
  added=$(grep -o '"action":"ADDED","resourceType":"[A-Z_]*","resourceName":"[^"]*"' <<<"$result" |
    sed 's/.*"resourceType":"\([A-Z_]*\)","resourceName":"\([^"]*\)"/\L\1\E \2/' | paste -sd, - | sed 's/,/, /g')
  say "keycloak: added to realm grants from grants-realm.json: $added"
}

# ---------------------------------------------------------------- services

# A replica <service>-<n> runs the service's jar on its database and consumer group, on its own port
# (<SERVICE>_<N>_PORT, by default the service's port + 10 * (n - 1)) and with its own marker.
service_of() { echo "${1%-[0-9]*}"; }
is_replica() { [[ $1 =~ ^(associations|grants|reporting)-([2-9]|[1-9][0-9]+)$ ]]; }
service_port() {
  local base var n
  base=$(service_of "$1")
  var=${base^^}_PORT
  if [[ $1 == "$base" ]]; then echo "${!var}"; return; fi
  n=${1##*-}
  local replica_var=${base^^}_${n}_PORT
  echo "${!replica_var:-$((${!var} + 10 * (n - 1)))}"
}
service_jar() { echo "$REPO/$(service_of "$1")-service/target/quarkus-app/quarkus-run.jar"; }
ready_on() { http_ok "http://127.0.0.1:$1/q/health/ready"; }
service_ready() { ready_on "$(service_port "$1")"; }

# One Maven run for the modules of the components in PLATFORM_COMPONENTS that run from this repository.
build_jars() {
  local -a modules=()
  [[ " $PLATFORM_COMPONENTS " == *" services "* ]] && modules+=(associations-service grants-service reporting-service)
  [[ " $PLATFORM_COMPONENTS " == *" portal "* ]] && modules+=(portal)
  say "building ${modules[*]} (log: $LOGS/build.log)"
  # With an AppCDS archive (classes pre-parsed by this JDK) each application starts faster.
  (cd "$REPO" && ./mvnw -B -Dstyle.color=never -DskipTests -Dquarkus.package.jar.appcds.enabled=true package \
    -pl "$(IFS=,; echo "${modules[*]}")" -am) >"$LOGS/build.log" 2>&1 ||
    fail build "./mvnw package did not succeed" "$LOGS/build.log"
}

# Runs a Quarkus fast-jar of this repository on 127.0.0.1:<port> with the given environment and waits
# until it is ready; one that already runs is only waited for.
start_jar() { # component label port jar env...
  local c=$1 label=$2 port=$3 jar=$4 started
  shift 4
  [[ -f $jar ]] || fail "$c" "$jar does not exist; build it with ./mvnw -DskipTests package"
  already_running "$c" "$SERVICE_READY_TIMEOUT" "ready" ready_on "$port" && return
  require_free_ports "$c" "$port"
  started=$SECONDS
  local -a cds=()
  # Built by this JDK along with the jar; a JVM that cannot use it warns and loads classes as usual.
  # The archive names the jar as it was dumped (quarkus-run.jar, relative), hence env -C.
  [[ -f ${jar%/*}/app-cds.jsa ]] && cds=(-XX:SharedArchiveFile=app-cds.jsa)
  # shellcheck disable=SC2046,SC2086
  launch "$c" env -C "${jar%/*}" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" "$@" \
    java $(marker "$c") $SERVICE_JAVA_OPTS "${cds[@]}" -jar quarkus-run.jar
  await "$c" "$SERVICE_READY_TIMEOUT" "ready" ready_on "$port"
  say "$label started on 127.0.0.1:$port (pid $(java_pid_of "$c"), $((SECONDS - started)) s)"
}

start_service() { # name or replica
  local name=$1 db
  [[ " ${SERVICES[*]} " == *" $name "* ]] || is_replica "$name" || usage
  db=$(service_of "$name")
  db_address
  local -a env=(
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_PREFIX$db"
    QUARKUS_DATASOURCE_USERNAME="$db"
    QUARKUS_DATASOURCE_PASSWORD="$(db_password "$db")"
    KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT"
    QUARKUS_OIDC_AUTH_SERVER_URL="http://127.0.0.1:$KEYCLOAK_PORT/realms/grants"
  )
  [[ $db == reporting ]] && env+=(REPORTING_EXPORTS_IATI_REPORTING_ORG_REF="$IATI_REPORTING_ORG_REF")
  [[ $db == grants ]] && env+=(PLATFORM_DIRECTORY_CLIENT_SECRET="$GRANTS_DIRECTORY_SECRET")
  [[ $db == associations ]] && env+=(PLATFORM_DIRECTORY_CLIENT_SECRET="$ASSOCIATIONS_DIRECTORY_SECRET")
  start_jar "$name" "$name-service" "$(service_port "$name")" "$(service_jar "$name")" "${env[@]}"
}

start_services() {
  local name
  for name in "${SERVICES[@]}"; do start_service "$name"; done
}

# ---------------------------------------------------------------- portal

# Generated once and kept in PLATFORM_HOME, so that sessions and forms outlive a restart of the portal.
stored_secret() { # file
  local file=$PLATFORM_HOME/$1
  [[ -s $file ]] || (umask 077 && od -An -tx1 -N32 /dev/urandom | tr -d ' \n' >"$file")
  cat "$file"
}

# The browser's entry point and the /api gateway in front of the three services. Settings not named
# here (PORTAL_GATEWAY_RATE_LIMIT_CAPACITY, PORTAL_GATEWAY_RATE_LIMIT_REFILL_PER_SECOND, ...) reach
# it from the caller's environment, which every process the launcher starts inherits. Locally the portal
# answers plain HTTP, so its cookies cannot be marked Secure as they are in a deployment behind TLS.
start_portal() {
  start_jar portal portal "$PORTAL_PORT" "$REPO/portal/target/quarkus-app/quarkus-run.jar" \
    QUARKUS_OIDC_AUTH_SERVER_URL="http://127.0.0.1:$KEYCLOAK_PORT/realms/grants" \
    QUARKUS_OIDC_CREDENTIALS_SECRET="$PORTAL_OIDC_SECRET" \
    QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET="${PORTAL_SESSION_SECRET:-$(stored_secret portal-session.secret)}" \
    QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY="${PORTAL_CSRF_KEY:-$(stored_secret portal-csrf.secret)}" \
    PORTAL_SERVICES_ASSOCIATIONS="http://127.0.0.1:$ASSOCIATIONS_PORT" \
    PORTAL_SERVICES_GRANTS="http://127.0.0.1:$GRANTS_PORT" \
    PORTAL_SERVICES_REPORTING="http://127.0.0.1:$REPORTING_PORT" \
    CSP_OIDC_ORIGIN="http://127.0.0.1:$KEYCLOAK_PORT" \
    QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE=false \
    QUARKUS_REST_CSRF_COOKIE_FORCE_SECURE=false
}

# ---------------------------------------------------------------- demo data

load_demo() {
  local log=$LOGS/demo.log
  KEYCLOAK_URL="http://127.0.0.1:$KEYCLOAK_PORT" ASSOCIATIONS_URL="http://127.0.0.1:$ASSOCIATIONS_PORT" \
    GRANTS_URL="http://127.0.0.1:$GRANTS_PORT" REPORTING_URL="http://127.0.0.1:$REPORTING_PORT" \
    java "$REPO/deploy/local/DemoData.java" >"$log" 2>&1 || fail demo "$(tail -n 1 "$log")" "$log"
  sed 's/^/platform: demo: /' "$log"
}

# ---------------------------------------------------------------- stop, status

# Stops a component: SIGTERM to its process group (from the pid file) and to any process carrying
# its marker, SIGKILL to whatever is left after STOP_TIMEOUT seconds.
stop_component() { # component
  local c=$1 pidfile=$RUN/$1.pid pids group=""
  pids=$(pids_of "$c")
  if [[ -z $pids ]]; then
    rm -f "$pidfile"
    say "$c not running"
    return
  fi
  if [[ -f $pidfile ]]; then
    group=$(<"$pidfile")
    # Only a group that still holds one of our processes: the id may have been reused since.
    pgrep -g "$group" -f -- "$(marker_re "$c")" >/dev/null || group=""
  fi
  # shellcheck disable=SC2086 # one pid per word
  kill -TERM ${group:+-- "-$group"} $pids 2>/dev/null || true
  local deadline=$((SECONDS + STOP_TIMEOUT))
  # Every process of ours carries the marker (kc.sh too), so the marker alone tells when all are gone.
  while running "$c"; do
    if ((SECONDS >= deadline)); then
      say "$c did not stop within ${STOP_TIMEOUT}s: SIGKILL"
      # shellcheck disable=SC2046
      kill -KILL ${group:+-- "-$group"} $(pids_of "$c") 2>/dev/null || true
      sleep 1
      break
    fi
    sleep 0.5
  done
  rm -f "$pidfile"
  say "$c stopped"
}

# Replicas of this PLATFORM_HOME that run, by component name.
running_replicas() {
  pgrep -af -- "-Dplatform\\.component=[a-z]+-[0-9]+ -Dplatform\\.home=$HOME_RE( |\$)" |
    sed -nE 's/.*-Dplatform\.component=([a-z]+-[0-9]+) .*/\1/p' | sort -u || true
}

down() {
  local name left
  for name in portal $(running_replicas) reporting grants associations; do stop_component "$name"; done
  stop_component keycloak
  stop_component kafka
  stop_embedded
  left=$(pgrep -f -- "-Dplatform\\.home=$HOME_RE( |\$)" || true)
  [[ -z $left ]] || fail down "processes still running: ${left//$'\n'/ }" "$LOGS"
}

status_line() { # component pid port ready [note]
  local state=stopped pid=$2 ready="not ready" extra=""
  [[ -n $pid ]] && state=running && extra=" rss $(rss_mb "$pid")"
  # a server that is not this platform's has no pid here, but runs when it answers
  $4 && ready=ready && state=running
  printf '%-13s %-8s pid %-8s port %-6s %s%s%s\n' "$1" "$state" "${pid:--}" "$3" "$ready" "$extra" "${5:+ ($5)}"
}

status() {
  local name
  if embedded_running; then status_line postgres "$(embedded_pid)" "$(embedded_port)" true embedded
  elif pg_answers; then status_line postgres "" "$PGPORT" true "$PGHOST, not this platform's"
  else status_line postgres "" "$PGPORT" false; fi
  status_line kafka "$(java_pid_of kafka)" "$KAFKA_PORT" "$(running kafka && port_open "$KAFKA_PORT" && echo true || echo false)"
  status_line keycloak "$(java_pid_of keycloak)" "$KEYCLOAK_PORT" "$(running keycloak && keycloak_ready && echo true || echo false)"
  for name in "${SERVICES[@]}"; do
    status_line "$name" "$(java_pid_of "$name")" "$(service_port "$name")" \
      "$(running "$name" && service_ready "$name" && echo true || echo false)"
  done
  for name in $(running_replicas); do
    status_line "$name" "$(java_pid_of "$name")" "$(service_port "$name")" \
      "$(service_ready "$name" && echo true || echo false)"
  done
  status_line portal "$(java_pid_of portal)" "$PORTAL_PORT" \
    "$(running portal && ready_on "$PORTAL_PORT" && echo true || echo false)"
}

# ---------------------------------------------------------------- up

summary() {
  local name
  echo
  [[ " $PLATFORM_COMPONENTS " == *" portal "* ]] &&
    printf '  %-22s http://127.0.0.1:%s   (the place to start: the web portal, and the API gateway at /api)\n' \
      portal "$PORTAL_PORT"
  if [[ " $PLATFORM_COMPONENTS " == *" services "* ]]; then
    for name in "${SERVICES[@]}"; do
      printf '  %-22s http://127.0.0.1:%s   (API docs: /q/swagger-ui, OpenAPI: /q/openapi)\n' \
        "$name-service" "$(service_port "$name")"
    done
  fi
  if [[ " $PLATFORM_COMPONENTS " == *" keycloak "* ]]; then
    printf '  %-22s http://127.0.0.1:%s/admin   (user %s, password %s)\n' keycloak-admin \
      "$KEYCLOAK_PORT" "$KC_BOOTSTRAP_ADMIN_USERNAME" "$KC_BOOTSTRAP_ADMIN_PASSWORD"
    printf '  %-22s %s\n' "realm grants" "http://127.0.0.1:$KEYCLOAK_PORT/realms/grants (client grants-portal)"
    echo "  demo logins (password = user name): donor1 donor2 (donor), pm1 (program-manager),"
    echo "    reviewer1 reviewer2 (reviewer), reviewer3 (reviewer and applicant), assoc1 assoc2 (applicant), admin1 (admin)"
  fi
  [[ " $PLATFORM_COMPONENTS " == *" kafka "* ]] && printf '  %-22s 127.0.0.1:%s\n' kafka "$KAFKA_PORT"
  if [[ " $PLATFORM_COMPONENTS " == *" postgres "* ]]; then
    db_address
    printf '  %-22s %s:%s   (%s)\n' postgres "$DB_HOST" "$DB_PORT" \
      "$(embedded_running && echo "embedded, data in $PG_DATA" || echo "user $PGUSER")"
  fi
  printf '  %-22s %s\n' "state and logs" "$PLATFORM_HOME"
  echo
  echo "  status: ./platform status   logs: ./platform logs <component>   stop: ./platform down"
  echo "  (with the same environment variables as this up, if any were set)"
}

up() {
  local c built=$PLATFORM_SKIP_BUILD
  for c in $PLATFORM_COMPONENTS; do
    case $c in
      postgres) start_postgres ;;
      kafka) start_kafka ;;
      keycloak) start_keycloak ;;
      services | portal)
        # One build for both, before the first of them (none with PLATFORM_SKIP_BUILD=1).
        [[ $built == 1 ]] || { build_jars; built=1; }
        if [[ $c == services ]]; then start_services; else start_portal; fi
        ;;
      demo) [[ $PLATFORM_SKIP_DEMO == 1 ]] || load_demo ;;
      *) fail up "unknown component '$c' in PLATFORM_COMPONENTS" ;;
    esac
  done
  summary
}

# ---------------------------------------------------------------- command line

usage() {
  sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

start() { # component [name]
  case ${1:-} in
    postgres) start_postgres ;;
    kafka) start_kafka ;;
    keycloak) start_keycloak ;;
    services) start_services ;;
    service) start_service "${2:-}" ;;
    associations | grants | reporting) start_service "$1" ;;
    portal) start_portal ;;
    demo) load_demo ;;
    *) if is_replica "${1:-}"; then start_service "$1"; else usage; fi ;;
  esac
}

stop() { # component [name]
  local c
  case ${1:-} in
    postgres) stop_embedded ;;
    kafka | keycloak | associations | grants | reporting | portal) stop_component "$1" ;;
    service) [[ " ${SERVICES[*]} " == *" ${2:-} "* ]] || usage; stop_component "$2" ;;
    services) for c in reporting grants associations; do stop_component "$c"; done ;;
    *) if is_replica "${1:-}"; then stop_component "$1"; else usage; fi ;;
  esac
}

case ${1:-} in
  up) up ;;
  down) down ;;
  status) status ;;
  logs)
    [[ -n ${2:-} ]] || usage
    [[ -f $LOGS/$2.log ]] || fail logs "no log for '$2' (components: $(ls "$LOGS" | sed -n 's/\.log$//p' | xargs))" "$LOGS"
    if [[ ${3:-} == -f ]]; then exec tail -n 200 -f "$LOGS/$2.log"; else tail -n 200 "$LOGS/$2.log"; fi
    ;;
  start) start "${@:2}" ;;
  stop) stop "${@:2}" ;;
  restart) stop "${@:2}" && start "${@:2}" ;;
  *) usage ;;
esac
