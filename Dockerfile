# syntax=docker/dockerfile:1
# Build: docker build -t crosscheck .
# Run:   docker run --rm -p 8080:8080 crosscheck

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml mvnw ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY seeds seeds
COPY claims claims
COPY openapi openapi
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app crosscheck \
 && mkdir -p /app/data && chown 10001 /app/data
WORKDIR /app
COPY --from=build --chown=crosscheck /build/target/quarkus-app/ ./
COPY --from=build --chown=crosscheck /build/seeds seeds
COPY --from=build --chown=crosscheck /build/claims claims
USER 10001
EXPOSE 8080
# The embedded H2 files live in /app/data: mount a volume there to keep them (-v crosscheck-data:/app/data).
VOLUME /app/data
ENV JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar quarkus-run.jar \"$@\"", "--"]
