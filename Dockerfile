# Builds one Cartlog jar. MODULE=app (both sides), command-side or query-side.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
ARG MODULE=app
WORKDIR /opt/cartlog
COPY --from=build /src/${MODULE}/target/*.jar /tmp/jars/
RUN set -e; jar=$(ls /tmp/jars/*-exec.jar /tmp/jars/cartlog.jar 2>/dev/null | head -n 1); mv "$jar" cartlog.jar; rm -rf /tmp/jars
ENV CARTLOG_DATA_DIR=/var/lib/cartlog
EXPOSE 9000
ENTRYPOINT ["java", "-jar", "/opt/cartlog/cartlog.jar"]
