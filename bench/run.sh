#!/usr/bin/env bash
# The Socle load benchmark (see bench/README.md): a fresh MariaDB/MySQL database, Socle started from
# target/ on it, the load client bench/SocleBench.java, a report in bench/results/<date>.md.
#
#   LEARNERS (10000), EVENTS (50 a learner), SESSION_LEARNERS (500), THREADS (8 client threads),
#   DASHBOARD_SAMPLES (300), COHORT_SAMPLES (50);
#   BENCH_DB_NAME (socle_bench, dropped and created again), BENCH_DB_HOST (127.0.0.1), BENCH_DB_PORT (3306),
#   BENCH_DB_USER / BENCH_DB_PASSWORD (socle_bench / socle-bench, created), MARIADB (the admin client: "mariadb -uroot"),
#   KEEP_DB=true keeps the database afterwards; SOCLE_PORT (8090); JAVA_OPTS for the server.
# Needs a built target/ (mvn -B -ntp -q package -DskipTests; built here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

db="${BENCH_DB_NAME:-socle_bench}"
db_host="${BENCH_DB_HOST:-127.0.0.1}"
db_port="${BENCH_DB_PORT:-3306}"
db_user="${BENCH_DB_USER:-socle_bench}"
db_password="${BENCH_DB_PASSWORD:-socle-bench}"
read -r -a admin <<< "${MARIADB:-mariadb -uroot}"
port="${SOCLE_PORT:-8090}"
stamp="$(date +%Y-%m-%d-%H%M)"
report="bench/results/$stamp.md"
server_log="target/bench-server-$stamp.log"

[[ "$db" =~ ^[A-Za-z0-9_]+$ ]] || { echo "BENCH_DB_NAME: letters, digits and _ only" >&2; exit 2; }
if [ ! -f target/socle.war ] || [ ! -d target/socle/WEB-INF/lib ]; then
    mvn -B -ntp -q package -DskipTests
fi

echo "Database $db on $db_host:$db_port (dropped and created again)"
"${admin[@]}" -h "$db_host" -P "$db_port" <<SQL
DROP DATABASE IF EXISTS \`$db\`;
CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$db_user'@'%' IDENTIFIED BY '$db_password';
ALTER USER '$db_user'@'%' IDENTIFIED BY '$db_password';
GRANT ALL ON \`$db\`.* TO '$db_user'@'%';
SQL
db_version="$("${admin[@]}" -h "$db_host" -P "$db_port" -N -e 'SELECT VERSION()')"

server=""
stop() {
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
        echo "Stopping Socle (pid $server)"
        kill "$server"
        wait "$server" 2>/dev/null || true
    fi
    if [ "${KEEP_DB:-false}" != true ]; then
        "${admin[@]}" -h "$db_host" -P "$db_port" -e "DROP DATABASE IF EXISTS \`$db\`" || true
    fi
}
trap stop EXIT

# SOCLE_PASSWORD_ITERATIONS: 10,000 (the lowest PasswordHasher takes) instead of 600,000, for the benchmark
# only. Setup hashes a password twice per learner (account, token); at 600,000 iterations that is over an
# hour of CPU on 2 cores for 10,000 learners, which measures PBKDF2, not progress tracking. The timed
# requests use bearer tokens (a SHA-256 look-up), so the figures do not depend on it.
echo "Starting Socle on port $port (log: $server_log)"
SOCLE_DB_HOST="$db_host" SOCLE_DB_PORT="$db_port" SOCLE_DB_NAME="$db" SOCLE_DB_USER="$db_user" SOCLE_DB_PASSWORD="$db_password" \
    SOCLE_PORT="$port" SOCLE_DEMO=true SOCLE_PASSWORD_ITERATIONS=10000 SOCLE_CLUSTER=false \
    bash src/main/payara/start.sh > "$server_log" 2>&1 &
server=$!

for _ in $(seq 1 300); do
    if curl -fs "http://127.0.0.1:$port/health/ready" > /dev/null 2>&1; then
        break
    fi
    if ! kill -0 "$server" 2>/dev/null; then
        echo "Socle stopped while starting: see $server_log" >&2
        exit 1
    fi
    sleep 1
done
curl -fs "http://127.0.0.1:$port/health/ready" > /dev/null || { echo "Socle not ready after 300 s: see $server_log" >&2; exit 1; }

status=0
BASE_URL="http://127.0.0.1:$port" REPORT="$report" \
    BENCH_DB="MariaDB/MySQL $db_version, database $db" \
    BENCH_MACHINE="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), server and client on the same machine" \
    java -cp "target/socle/WEB-INF/lib/*" bench/SocleBench.java || status=$?

if [ -f "$report" ]; then
    {
        echo
        echo "Rows after the run:"
        echo
        "${admin[@]}" -h "$db_host" -P "$db_port" -N "$db" -e "SELECT CONCAT('- ', t, ': ', n) FROM (
            SELECT 'account' t, COUNT(*) n FROM account UNION ALL SELECT 'enrolment', COUNT(*) FROM enrolment
            UNION ALL SELECT 'activity_result', COUNT(*) FROM activity_result UNION ALL SELECT 'quiz_attempt', COUNT(*) FROM quiz_attempt
            UNION ALL SELECT 'hours_entry', COUNT(*) FROM hours_entry UNION ALL SELECT 'xapi_statement', COUNT(*) FROM xapi_statement) c"
    } >> "$report"
    echo "Report: $report"
fi
exit "$status"
