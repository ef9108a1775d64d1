# The Docker path (no Docker engine runs on the development machines: bin/run is the usual way).
# One build stage, two runtime targets: docker compose builds both.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q install -DskipTests -pl gateway,core-simulator -am

FROM eclipse-temurin:25-jre AS core-simulator
COPY --from=build /src/core-simulator/target/core-simulator-*-exec.jar /app/core-simulator.jar
EXPOSE 8090
ENTRYPOINT ["java", "-jar", "/app/core-simulator.jar", "--host", "0.0.0.0", "--port", "8090"]

FROM eclipse-temurin:25-jre AS gateway
COPY --from=build /src/gateway/target/gateway-*-exec.jar /app/gateway.jar
EXPOSE 8080 8081
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "-jar", "/app/gateway.jar"]
