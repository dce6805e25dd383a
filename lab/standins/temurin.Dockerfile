# Stand-in for eclipse-temurin:17-jdk / -jre: Debian's OpenJDK 17 (headless) with JAVA_HOME on PATH.
# The real Temurin JDK ships $JAVA_HOME/jmods (what jlink links a minimal runtime from); in bookworm
# they come with openjdk-17-jdk-headless itself (trixie and later package them apart, openjdk-<N>-jmods).
# The -jdk stand-in adds binutils, as the real JDK images do: `jlink --strip-debug` runs objcopy.
ARG BASE
FROM ${BASE}
ARG PKG
RUN apt-get update && apt-get install -y --no-install-recommends $PKG && rm -rf /var/lib/apt/lists/*
# The machine's CA bundle (TLS is inspected on the way out here), trusted by curl, git and pip; kept
# by a later `apt-get install ca-certificates`, which reads /usr/local/share/ca-certificates.
COPY lab-ca.crt /usr/local/share/ca-certificates/lab-ca.crt
RUN if command -v update-ca-certificates >/dev/null; then update-ca-certificates >/dev/null; fi
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 LANG=C.UTF-8 JAVA_VERSION=17
ENV PATH=/usr/lib/jvm/java-17-openjdk-amd64/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
