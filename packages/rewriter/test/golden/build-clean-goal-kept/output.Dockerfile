FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B dependency:go-offline
COPY . .
RUN mvn clean package
RUN mkdir /tmp/app-jar && cd /tmp/app-jar && jar xf /src/target/svc.jar \
 && jdeps --ignore-missing-deps --print-module-deps --multi-release 21 /src/target/svc.jar $(find /tmp/app-jar -name '*.jar') > /tmp/jre-modules

FROM maven:3.9-eclipse-temurin-21 AS jre
COPY --from=build /tmp/jre-modules /tmp/jre-modules
RUN jlink --add-modules "$(cat /tmp/jre-modules),jdk.crypto.ec" \
    --strip-debug --no-man-pages --no-header-files --compress=zip-6 --output /opt/jre

FROM debian:bookworm-slim
ENV JAVA_HOME=/opt/jre LANG=C.UTF-8 \
    PATH="/opt/jre/bin:${PATH}"
COPY --from=jre /opt/jre /opt/jre
WORKDIR /src
COPY --from=build /src/target/svc.jar /src/target/svc.jar
USER 10001:10001
CMD ["java","-jar","target/svc.jar"]
