# syntax=docker/dockerfile:1.7
# The topology application (io.apimigrate.topology.TopologyApp). Build from the repository root:
#   docker build -f deploy/topology.Dockerfile -t apimigrate/topology .
# Settings: APIMIGRATE_* environment variables, or a properties file given as the one argument
# (docs/configuration.md). The Prometheus endpoint listens on 9464.

FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
# The reactor reads every module's pom, so cli and inference-worker need theirs even when unbuilt.
COPY pom.xml ./
COPY cli/pom.xml cli/
COPY inference-worker/pom.xml inference-worker/
COPY schemas schemas
COPY rules rules
COPY topology topology
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -Dmaven.test.skip=true -pl topology -am install \
 && mvn -B -q -pl topology dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=/app/lib \
 && cp topology/target/apimigrate-topology-*.jar /app/lib/

FROM eclipse-temurin:17-jre-noble
RUN groupadd --system --gid 10001 apimigrate \
 && useradd --system --uid 10001 --gid apimigrate --home-dir /var/lib/apimigrate --create-home apimigrate
COPY --from=build /app/lib /app/lib
USER 10001:10001
WORKDIR /var/lib/apimigrate
# Kafka Streams keeps its state stores under java.io.tmpdir/kafka-streams unless streams.state.dir says otherwise.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 9464
ENTRYPOINT ["java", "-cp", "/app/lib/*", "io.apimigrate.topology.TopologyApp"]
