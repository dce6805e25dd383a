FROM gradle:8.10-jdk21 AS build
WORKDIR /home/gradle/project
COPY build.gradle* settings.gradle* gradle.properties* ./
RUN gradle dependencies --no-daemon
COPY . .
RUN gradle build --no-daemon
RUN mkdir /tmp/app-jar && cd /tmp/app-jar && jar xf /home/gradle/project/build/libs/app.jar \
 && jdeps --ignore-missing-deps --print-module-deps --multi-release 21 /home/gradle/project/build/libs/app.jar $(find /tmp/app-jar -name '*.jar') > /tmp/jre-modules

FROM gradle:8.10-jdk21 AS jre
COPY --from=build /tmp/jre-modules /tmp/jre-modules
RUN jlink --add-modules "$(cat /tmp/jre-modules),jdk.crypto.ec" \
    --strip-debug --no-man-pages --no-header-files --compress=zip-6 --output /opt/jre

FROM debian:bookworm-slim
ENV JAVA_HOME=/opt/jre LANG=C.UTF-8 \
    PATH="/opt/jre/bin:${PATH}"
COPY --from=jre /opt/jre /opt/jre
WORKDIR /home/gradle/project
COPY --from=build /home/gradle/project/build/libs/app.jar /home/gradle/project/build/libs/app.jar
USER 10001:10001
EXPOSE 8080
CMD ["java", "-jar", "/home/gradle/project/build/libs/app.jar"]
