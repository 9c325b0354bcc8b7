#!/usr/bin/env bash
# The Socle load benchmarks (see bench/README.md): a fresh MariaDB/MySQL database, Socle started from
# target/ on it, the load client bench/SocleBench.java, a report in bench/results/<date>[-<mode>].md.
#
#   bench/run.sh [progress]     progress events, learner dashboard, cohort grid (issue 4):
#       LEARNERS (10000), EVENTS (50 a learner), SESSION_LEARNERS (500), THREADS (8 client threads),
#       DASHBOARD_SAMPLES (300), COHORT_SAMPLES (50);
#   bench/run.sh certification  bulk and direct issuance, then public verification (issue 5):
#       CERTIFICATES (10000), SESSION_SIZE (100 learners a session, one bulk job each), DIRECT_CERTIFICATES (= CERTIFICATES),
#       ISSUE_THREADS (8), VERIFY_CONNECTIONS (64), VERIFY_WARMUP_SECONDS (10), VERIFY_SECONDS (30), VERIFY_UNKNOWN_SHARE (0.05),
#       THREADS (8, for the setup); the server runs with SOCLE_VERIFY_RATE_PER_MINUTE=0 (no rate limit);
#   bench/run.sh crash          kill -9 during a bulk issuance, restart, check (issue 5):
#       CRASH_LEARNERS (300), CRASH_KILLS (2: killed at 1/3 of the documents, then again at 2/3 after the restart);
#   common: BENCH_DB_NAME (socle_bench, dropped and created again), BENCH_DB_HOST (127.0.0.1), BENCH_DB_PORT (3306),
#   BENCH_DB_USER / BENCH_DB_PASSWORD (socle_bench / socle-bench, created), MARIADB (the admin client: "mariadb -uroot"),
#   KEEP_DB=true keeps the database afterwards; SOCLE_PORT (8090); JAVA_OPTS for the server.
# Needs a built target/ (mvn -B -ntp -q package -DskipTests; built here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-progress}"
case "$mode" in
    progress | certification | crash) ;;
    *) echo "usage: bench/run.sh [progress|certification|crash]" >&2; exit 2 ;;
esac
db="${BENCH_DB_NAME:-socle_bench}"
db_host="${BENCH_DB_HOST:-127.0.0.1}"
db_port="${BENCH_DB_PORT:-3306}"
db_user="${BENCH_DB_USER:-socle_bench}"
db_password="${BENCH_DB_PASSWORD:-socle-bench}"
read -r -a admin <<< "${MARIADB:-mariadb -uroot}"
port="${SOCLE_PORT:-8090}"
stamp="$(date +%Y-%m-%d-%H%M)"
suffix="$([ "$mode" = progress ] && echo "" || echo "-$mode")"
report="bench/results/$stamp$suffix.md"
server_log="target/bench-server-$stamp$suffix.log"

[[ "$db" =~ ^[A-Za-z0-9_]+$ ]] || { echo "BENCH_DB_NAME: letters, digits and _ only" >&2; exit 2; }
if [ ! -f target/socle.war ] || [ ! -d target/socle/WEB-INF/lib ]; then
    mvn -B -ntp -q package -DskipTests
fi
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "Something already answers on port $port: set SOCLE_PORT" >&2
    exit 1
fi

sql() {
    "${admin[@]}" -h "$db_host" -P "$db_port" -N "$db" -e "$1"
}

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
# hour of CPU on 2 cores for 10,000 learners, which measures PBKDF2, not what is benchmarked. The timed
# requests use bearer tokens (a SHA-256 look-up) or none, so the figures do not depend on it.
# SOCLE_VERIFY_RATE_PER_MINUTE=0: no rate limit on public verification, or one client could not load it.
server_settings="SOCLE_PASSWORD_ITERATIONS=10000"
if [ "$mode" != progress ]; then
    server_settings="$server_settings SOCLE_VERIFY_RATE_PER_MINUTE=0 SOCLE_VERIFY_CACHE_SECONDS=${SOCLE_VERIFY_CACHE_SECONDS:-30}"
fi

# Starts Socle on the database (again, after a crash: the same database) and waits until it is ready.
# Payara Micro now and then fails to boot before deploying anything (a ConcurrentModificationException
# in its own health checks): a server that stops while starting is started again, three times at most.
start_server() {
    for attempt in 1 2 3; do
        echo "Starting Socle on port $port (log: $server_log)"
        env SOCLE_DB_HOST="$db_host" SOCLE_DB_PORT="$db_port" SOCLE_DB_NAME="$db" SOCLE_DB_USER="$db_user" SOCLE_DB_PASSWORD="$db_password" \
            SOCLE_PORT="$port" SOCLE_DEMO=true SOCLE_CLUSTER=false $server_settings \
            bash src/main/payara/start.sh >> "$server_log" 2>&1 &
        server=$!
        for _ in $(seq 1 300); do
            if curl -fs "http://127.0.0.1:$port/health/ready" > /dev/null 2>&1; then
                return 0
            fi
            if ! kill -0 "$server" 2>/dev/null; then
                echo "Socle stopped while starting (attempt $attempt): see $server_log" >&2
                continue 2
            fi
            sleep 1
        done
        echo "Socle not ready after 300 s: see $server_log" >&2
        exit 1
    done
    exit 1
}

# The certification log's links, checked in SQL: contiguous, each previous hash the hash before, the head on the last one.
log_links() {
    sql "SELECT CONCAT('- log links: ', COUNT(*), ' entries, seq ', MIN(l.seq), ' to ', MAX(l.seq), ', ',
        SUM(l.prev_hash <> COALESCE(p.hash, '$(printf '0%.0s' $(seq 64))')), ' previous hashes that do not match, head at seq ',
        (SELECT seq FROM certification_log_head), IF((SELECT hash FROM certification_log_head) = (SELECT hash FROM certification_log
        ORDER BY seq DESC LIMIT 1), ' with the last hash', ' WITHOUT the last hash'), '; ',
        SUM(MICROSECOND(l.at) <> 0), ' entries whose time kept its microseconds')
        FROM certification_log l LEFT JOIN certification_log p ON p.seq = l.seq - 1"
}

start_server
db_pid="$(pgrep -x mariadbd || pgrep -x mysqld || true)"
export BASE_URL="http://127.0.0.1:$port" REPORT="$report" SERVER_PID="$server" DB_PID="${db_pid%%$'\n'*}" \
    BENCH_DB="MariaDB/MySQL $db_version, database $db" BENCH_SERVER_SETTINGS="Server settings: $server_settings." \
    BENCH_MACHINE="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), server, database and client on the same machine"
client=(java -cp "target/socle/WEB-INF/lib/*" bench/SocleBench.java)
status=0

case "$mode" in
progress)
    "${client[@]}" progress || status=$?
    if [ -f "$report" ]; then
        {
            echo
            echo "Rows after the run:"
            echo
            sql "SELECT CONCAT('- ', t, ': ', n) FROM (
                SELECT 'account' t, COUNT(*) n FROM account UNION ALL SELECT 'enrolment', COUNT(*) FROM enrolment
                UNION ALL SELECT 'activity_result', COUNT(*) FROM activity_result UNION ALL SELECT 'quiz_attempt', COUNT(*) FROM quiz_attempt
                UNION ALL SELECT 'hours_entry', COUNT(*) FROM hours_entry UNION ALL SELECT 'xapi_statement', COUNT(*) FROM xapi_statement) c"
        } >> "$report"
    fi
    ;;
certification)
    "${client[@]}" certification || status=$?
    if [ -f "$report" ]; then
        {
            echo
            echo "In the database after the run (documents by kind; a kind's documents, distinct enrolments and distinct codes must be equal):"
            echo
            sql "SELECT CONCAT('- ', kind, ': ', COUNT(*), ' documents, ', COUNT(DISTINCT enrolment_id), ' enrolments, ', COUNT(DISTINCT code), ' codes')
                FROM certificate GROUP BY kind"
            sql "SELECT CONCAT('- certificate_pdf: ', COUNT(*), ' sealed PDFs, ', ROUND(SUM(LENGTH(content)) / COUNT(*)), ' bytes on average') FROM certificate_pdf"
            log_links
            sql "SELECT CONCAT('- bulk issuance jobs (background_job): ', status, ' ', COUNT(*)) FROM background_job WHERE kind = 'BULK_ISSUANCE' GROUP BY status"
        } >> "$report"
    fi
    ;;
crash)
    learners="${CRASH_LEARNERS:-300}"
    kills="${CRASH_KILLS:-2}"
    export CRASH_STATE="target/bench-crash-state-$stamp.json"
    "${client[@]}" crash-setup
    session="$(sql "SELECT subject_id FROM background_job WHERE kind = 'BULK_ISSUANCE' ORDER BY created_at DESC LIMIT 1")"
    issued() {
        sql "SELECT COUNT(*) FROM certificate c JOIN session_learner s ON s.enrolment_id = c.enrolment_id
             WHERE s.session_id = '$session' AND c.kind = 'CERTIFICAT_REALISATION'"
    }
    events=""
    for k in $(seq 1 "$kills"); do
        target=$(( k * learners / (kills + 1) ))
        for _ in $(seq 1 6000); do
            [ "$(issued)" -ge "$target" ] && break
            sleep 0.1
        done
        kill -9 "$server"
        wait "$server" 2>/dev/null || true
        now="$(issued)"
        job_row="$(sql "SELECT CONCAT(status, ', done ', done, ' of ', total) FROM background_job WHERE kind = 'BULK_ISSUANCE' AND subject_id = '$session'")"
        line="- kill -9 number $k at $(date +%T), when at least $target documents were committed: $now documents in the database after the kill, job row: $job_row"
        echo "$line"
        events="$events$line"$'\n'
        echo "--- kill -9 at $(date +%T) ---" >> "$server_log"
        start_server
        export SERVER_PID="$server"
    done
    CRASH_EVENTS_TEXT="$events" "${client[@]}" crash-check || status=$?
    if [ -f "$report" ]; then
        {
            echo
            echo "In the database after the run:"
            echo
            sql "SELECT CONCAT('- documents of the session: ', COUNT(*), ' for ', COUNT(DISTINCT c.enrolment_id), ' enrolments (session: ',
                (SELECT COUNT(*) FROM session_learner WHERE session_id = '$session'), ' learners)')
                FROM certificate c JOIN session_learner s ON s.enrolment_id = c.enrolment_id
                WHERE s.session_id = '$session' AND c.kind = 'CERTIFICAT_REALISATION'"
            sql "SELECT CONCAT('- documents without their sealed PDF: ', COUNT(*)) FROM certificate c
                LEFT JOIN certificate_pdf p ON p.certificate_id = c.id WHERE p.certificate_id IS NULL"
            sql "SELECT CONCAT('- documents without their ISSUED log entry: ', COUNT(*)) FROM certificate c
                WHERE NOT EXISTS (SELECT 1 FROM certification_log l WHERE l.certificate_id = c.id AND l.action = 'ISSUED')"
            sql "SELECT CONCAT('- jobs: ', GROUP_CONCAT(CONCAT(status, ' done ', done, '/', total) ORDER BY created_at SEPARATOR '; '))
                FROM background_job WHERE kind = 'BULK_ISSUANCE'"
            log_links
            echo "- \"Resuming bulk issuance\" in the server log: $(grep -c 'Resuming bulk issuance' "$server_log" || true) time(s)"
        } >> "$report"
    fi
    ;;
esac

if [ -f "$report" ]; then
    echo "Report: $report"
fi
exit "$status"
