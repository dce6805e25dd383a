# Stand-in for rust:1.63: Debian's rustc 1.63 and cargo with gcc (the linker rustc calls), CARGO_HOME
# /usr/local/cargo on PATH as in the official image, so `cargo install` puts programs where the real
# image does. The real image installs Rust with rustup into /usr/local/{rustup,cargo} on
# buildpack-deps; crates.io is not reachable here, so only crates without dependencies build.
ARG BASE
FROM ${BASE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends rustc cargo gcc libc6-dev \
 && rm -rf /var/lib/apt/lists/*
# The machine's CA bundle (TLS is inspected on the way out here), trusted by curl, git and cargo; kept
# by a later `apt-get install ca-certificates`, which reads /usr/local/share/ca-certificates.
COPY lab-ca.crt /usr/local/share/ca-certificates/lab-ca.crt
RUN if command -v update-ca-certificates >/dev/null; then update-ca-certificates >/dev/null; fi
ENV RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo RUST_VERSION=1.63.0 \
    PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RUN mkdir -p /usr/local/cargo/bin /usr/local/rustup && chmod -R a+w /usr/local/cargo /usr/local/rustup
