# Builds the node and runs it. Solo by default; pass AURA_REDIS_URL and AURA_DB_URL (or mount an inventory and
# add --inventory) to join a mesh.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q -ntp dependency:go-offline
COPY src ./src
# The class-data archive is written below by the runtime image's own JVM: an archive only serves the JVM that wrote it.
RUN mvn -B -q -ntp package -DskipTests -Daura.cds.skip=true

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /var/lib/aura aura
COPY --from=build /src/target/aura-node.jar /opt/aura/aura-node.jar
# One training start (solo, throw-away data dir, free port) records the classes a start loads (README, Quickstart).
RUN java -XX:ArchiveClassesAtExit=/opt/aura/aura-node.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -Dai.djl.offline=true \
      -cp /opt/aura/aura-node.jar aura.adapters.in.cli.ClassCacheTraining
USER aura
VOLUME /var/lib/aura
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s \
  CMD wget -qO- http://127.0.0.1:3000/health/readiness >/dev/null 2>&1 || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/opt/aura/aura-node.jsa", "-Dai.djl.offline=true", "-jar", "/opt/aura/aura-node.jar"]
CMD ["serve", "--data-dir", "/var/lib/aura"]
