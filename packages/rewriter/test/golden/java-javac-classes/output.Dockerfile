FROM eclipse-temurin:17-jdk AS build
WORKDIR /app
COPY . .
RUN javac Main.java
RUN jdeps --ignore-missing-deps --print-module-deps --multi-release 17 /app/*.class > /tmp/jre-modules

FROM eclipse-temurin:17-jdk AS jre
COPY --from=build /tmp/jre-modules /tmp/jre-modules
RUN jlink --add-modules "$(cat /tmp/jre-modules),jdk.crypto.ec" \
    --strip-debug --no-man-pages --no-header-files --compress=2 --output /opt/jre

FROM debian:bookworm-slim
ENV JAVA_HOME=/opt/jre LANG=C.UTF-8 \
    PATH="/opt/jre/bin:${PATH}"
COPY --from=jre /opt/jre /opt/jre
WORKDIR /app
COPY --from=build /app/*.class /app/
USER 10001:10001
EXPOSE 8081
CMD ["java", "Main"]
