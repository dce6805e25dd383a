FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /app
COPY pom.xml ./
RUN mvn -B dependency:go-offline
COPY . /app
RUN mvn -B package -DskipTests
RUN mkdir /tmp/app-jar && cd /tmp/app-jar && jar xf /app/target/demo-0.0.1-SNAPSHOT.jar \
 && jdeps --ignore-missing-deps --print-module-deps --multi-release 21 /app/target/demo-0.0.1-SNAPSHOT.jar $(find /tmp/app-jar -name '*.jar') > /tmp/jre-modules

FROM maven:3.9-eclipse-temurin-21 AS jre
COPY --from=build /tmp/jre-modules /tmp/jre-modules
RUN jlink --add-modules "$(cat /tmp/jre-modules),jdk.crypto.ec" \
    --strip-debug --no-man-pages --no-header-files --compress=zip-6 --output /opt/jre

FROM debian:bookworm-slim
ENV JAVA_HOME=/opt/jre LANG=C.UTF-8 \
    PATH="/opt/jre/bin:${PATH}"
COPY --from=jre /opt/jre /opt/jre
WORKDIR /app
COPY --from=build /app/target/demo-0.0.1-SNAPSHOT.jar /app/target/demo-0.0.1-SNAPSHOT.jar
USER 10001:10001
EXPOSE 8080
CMD java -jar target/*.jar
