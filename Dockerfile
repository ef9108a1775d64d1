# The Docker path (no Docker engine runs on the development machines: bin/run is the usual way).
# One build stage, two runtime targets: docker compose builds both. Both run as an unprivileged user (uid 10001,
# numeric so that Kubernetes' runAsNonRoot can check it) and write nothing but /tmp.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q package -DskipTests -pl gateway,core-simulator -am

FROM eclipse-temurin:25-jre AS runtime
# /tls belongs to that user, so that a volume mounted there is writable by it (compose's tls-certificate)
RUN groupadd --system --gid 10001 jamsostek \
 && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin jamsostek \
 && mkdir /tls && chown 10001:10001 /tls
WORKDIR /app

FROM runtime AS core-simulator
COPY --from=build /src/core-simulator/target/core-simulator-*-exec.jar /app/core-simulator.jar
USER 10001:10001
EXPOSE 8090
ENTRYPOINT ["java", "-jar", "/app/core-simulator.jar", "--host", "0.0.0.0", "--port", "8090"]

FROM runtime AS gateway
COPY --from=build /src/gateway/target/gateway-*-exec.jar /app/gateway.jar
COPY docker/management-health docker/tls-certificate /app/
USER 10001:10001
EXPOSE 8080 8081 8082
# readiness on the management port (PostgreSQL answers): what a load balancer should follow. The first start
# migrates the database, hence the start period.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["/app/management-health", "/actuator/health/readiness"]
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "-XX:MaxRAMPercentage=75", "-jar", "/app/gateway.jar"]
