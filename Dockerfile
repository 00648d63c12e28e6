# syntax=docker/dockerfile:1.7
# bulwark in a container: the distribution archive on a jlink-ed Java runtime, run as a non-root
# user. Build from the repository root and audit the folder you mount:
#   docker build -t bulwark .
#   docker run --rm -v "$PWD:/work:ro" bulwark check .
# bulwark-dist/src/test/java/dev/bulwark/dist/ContainerImageTest.java audits this file with zero
# findings; ContainerImageIT checks the module list below against jdeps on the packaged jars.

# The build: the distribution archive, unpacked where the final image keeps it.
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp -DskipTests -pl bulwark-dist -am package \
 && mkdir -p /opt/bulwark \
 && tar -xzf bulwark-dist/target/bulwark-*.tar.gz -C /opt/bulwark --strip-components=1

# A Java runtime of only the modules bulwark uses (jdeps --print-module-deps), with the class-data
# archive of the JDK's own classes that the launcher's archive of bulwark's classes builds on.
FROM eclipse-temurin:17.0.13_11-jdk AS runtime
RUN jlink --add-modules java.base \
        --strip-debug --no-man-pages --no-header-files --compress=2 --output /opt/java \
 && /opt/java/bin/java -Xshare:dump

FROM debian:12.8-slim
ENV JAVA_HOME=/opt/java \
    XDG_CACHE_HOME=/opt/bulwark/cache
COPY --from=runtime /opt/java /opt/java
COPY --from=build /opt/bulwark /opt/bulwark
# The first run trains the class archive (bin/bulwark); made here, at build time and in this very
# image, every container starts from it and needs no writable home.
RUN /opt/bulwark/bin/bulwark --version
USER 65532:65532
WORKDIR /work
ENTRYPOINT ["/opt/bulwark/bin/bulwark"]
CMD ["check", "."]
