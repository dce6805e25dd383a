FROM eclipse-temurin:21-jdk AS build
WORKDIR /app
COPY build.gradle* settings.gradle* gradle.properties* gradlew ./
COPY gradle/ gradle/
RUN ./gradlew dependencies --no-daemon
COPY . .
RUN ./gradlew bootJar --no-daemon
RUN mkdir /tmp/app-jar && cd /tmp/app-jar && jar xf /app/build/libs/app.jar \
 && jdeps --ignore-missing-deps --print-module-deps --multi-release 21 /app/build/libs/app.jar $(find /tmp/app-jar -name '*.jar') > /tmp/jre-modules

FROM eclipse-temurin:21-jdk AS jre
COPY --from=build /tmp/jre-modules /tmp/jre-modules
RUN jlink --add-modules "$(cat /tmp/jre-modules),jdk.crypto.ec" \
    --strip-debug --no-man-pages --no-header-files --compress=zip-6 --output /opt/jre

FROM debian:bookworm-slim
ENV JAVA_HOME=/opt/jre LANG=C.UTF-8 \
    PATH="/opt/jre/bin:${PATH}"
COPY --from=jre /opt/jre /opt/jre
WORKDIR /app
COPY --from=build /app/build/libs/app.jar /app/build/libs/app.jar
USER 10001:10001
CMD ["java", "-jar", "build/libs/app.jar"]
