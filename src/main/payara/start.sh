#!/usr/bin/env bash
# Starts Socle on Payara Micro from a built target/ (mvn -Prun package calls this).
#   Embedded H2 on disk by default, in SOCLE_DATA_DIR (default: ./data): data survives a restart.
#   MySQL/MariaDB when SOCLE_DB_HOST is set (SOCLE_DB_PORT, SOCLE_DB_NAME, SOCLE_DB_USER, SOCLE_DB_PASSWORD).
#   SOCLE_DEMO=true loads the demo content (published passwords: never in production). It is off by
#   default; --demo (what mvn -Prun package passes) turns it on unless SOCLE_DEMO says otherwise.
#   SOCLE_PORT (default 8080);
#   SOCLE_LOG_FORMAT=json logs one JSON object per line;
#   SOCLE_CLUSTER=true joins a Hazelcast cluster instead of running alone.
set -euo pipefail
#   The Docker image runs this script too, with SOCLE_HOME pointing at its own layout.
base="$(cd "$(dirname "$0")/../../.." && pwd)"
home="${SOCLE_HOME:-$base/target}"
payara="${SOCLE_PAYARA_CONF:-$base/src/main/payara}"
demo=false
if [ "${1:-}" = --demo ]; then
    demo=true
    shift
fi
export SOCLE_DEMO="${SOCLE_DEMO:-$demo}"
if [ "$SOCLE_DEMO" = true ]; then
    echo "Socle: demo mode (SOCLE_DEMO=true): demo accounts with published passwords; never expose this instance"
elif [ -z "${SOCLE_SEAL_PASSWORD:-}" ] || [ "$SOCLE_SEAL_PASSWORD" = socle-dev-only ]; then
    case "${JAVA_OPTS:-}" in
        *socle.seal.password=*) ;; # given as a system property: the application checks it
        *)  # The application refuses to deploy without it too (SealPassword); stopping here ends a container at once.
            echo "Socle: SOCLE_SEAL_PASSWORD is not set (or is the development password earlier versions published)." >&2
            echo "  Outside demo mode it protects the seal keys of the certificates: set a secret of your own (12 characters" >&2
            echo "  at least; with SOCLE_SEAL_KEYSTORE, that keystore's password), keep it with the database backups, start again." >&2
            exit 78 ;;
    esac
fi
args=(--deploy "$home/socle.war" --contextroot / --port "${SOCLE_PORT:-8080}" --disablephonehome)
if [ -n "${SOCLE_DB_HOST:-}" ]; then
    export SOCLE_DB_PORT="${SOCLE_DB_PORT:-3306}" SOCLE_DB_NAME="${SOCLE_DB_NAME:-socle}" SOCLE_DB_USER="${SOCLE_DB_USER:-socle}"
    export SOCLE_DB_PASSWORD="${SOCLE_DB_PASSWORD:?set SOCLE_DB_PASSWORD for MySQL/MariaDB}"
    args+=(--addLibs "$home/lib/mysql-connector-j.jar" --postbootcommandfile "$payara/postboot-mysql.asadmin")
    echo "Socle: MySQL/MariaDB database $SOCLE_DB_NAME on $SOCLE_DB_HOST:$SOCLE_DB_PORT"
else
    export SOCLE_DATA_DIR="$(realpath -m "${SOCLE_DATA_DIR:-$base/data}")"
    mkdir -p "$SOCLE_DATA_DIR"
    args+=(--postbootcommandfile "$payara/postboot-h2.asadmin")
    echo "Socle: embedded H2 database in $SOCLE_DATA_DIR"
fi
if [ "${SOCLE_LOG_FORMAT:-text}" = json ]; then
    args+=(--logproperties "$payara/logging-json.properties")
fi
if [ "${SOCLE_CLUSTER:-false}" = true ]; then
    # Hazelcast: multicast discovery by default, or a fixed member list (host:port,host:port).
    if [ -n "${SOCLE_CLUSTER_MEMBERS:-}" ]; then
        args+=(--clustermode "tcpip:$SOCLE_CLUSTER_MEMBERS")
    fi
    args+=(--clustername "${SOCLE_CLUSTER_NAME:-socle}")
else
    args+=(--nohazelcast)
fi
# UTC: instants are stored as DATETIME(6) without zone; a DST fall-back hour must not shift them.
exec java -Duser.timezone=UTC ${JAVA_OPTS:-} -jar "${SOCLE_MICRO_JAR:-$home/payara-micro.jar}" "${args[@]}"
