# Stand-in for eclipse-temurin:17-jdk / -jre: Debian's OpenJDK 17 (headless) with JAVA_HOME on PATH.
ARG BASE
FROM ${BASE}
ARG PKG
RUN apt-get update && apt-get install -y --no-install-recommends $PKG && rm -rf /var/lib/apt/lists/*
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 LANG=C.UTF-8 JAVA_VERSION=17
ENV PATH=/usr/lib/jvm/java-17-openjdk-amd64/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
