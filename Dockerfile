# Socle on the official Payara Micro image. Build the WAR first: mvn package -DskipTests
#   docker build -t socle .
#   docker run -p 8080:8080 -v socle-data:/opt/payara/data -e SOCLE_SEAL_PASSWORD=... socle   (embedded H2)
#   docker run -p 8080:8080 -e SOCLE_DB_HOST=db -e SOCLE_DB_NAME=socle \
#              -e SOCLE_DB_USER=socle -e SOCLE_DB_PASSWORD=... -e SOCLE_SEAL_PASSWORD=... socle (MySQL/MariaDB)
# Demo mode is off (SOCLE_DEMO=false): SOCLE_SEAL_PASSWORD is then required, a secret of your own that protects the
# seal keys of the certificates (and, with SOCLE_SEAL_KEYSTORE, that keystore's password). Without it the
# application refuses to deploy and the log says what to set. Keep it with the database backups.
# Behind a reverse proxy that terminates HTTPS, set SOCLE_TRUSTED_PROXIES (secure cookies, HSTS, client addresses);
# SOCLE_METRICS_TOKEN lets a scraper read /metrics (otherwise platform administrators only).
FROM payara/micro:6.2025.10-jdk17

ENV SOCLE_HOME=/opt/payara/socle \
    SOCLE_PAYARA_CONF=/opt/payara/socle/payara \
    SOCLE_MICRO_JAR=/opt/payara/payara-micro.jar \
    SOCLE_DATA_DIR=/opt/payara/data \
    SOCLE_DEMO=false \
    SOCLE_LOG_FORMAT=json

USER payara
COPY --chown=payara:payara target/socle.war /opt/payara/socle/socle.war
COPY --chown=payara:payara target/lib/mysql-connector-j.jar /opt/payara/socle/lib/mysql-connector-j.jar
COPY --chown=payara:payara src/main/payara/ /opt/payara/socle/payara/
RUN mkdir -p /opt/payara/data
VOLUME /opt/payara/data
EXPOSE 8080

ENTRYPOINT ["bash", "/opt/payara/socle/payara/start.sh"]
