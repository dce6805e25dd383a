# Stand-in for golang:1.19: Debian's Go 1.19 with gcc and git, GOPATH /go as in the official image.
ARG BASE
FROM ${BASE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends golang-1.19-go gcc libc6-dev git pkg-config \
 && rm -rf /var/lib/apt/lists/*
# The machine's CA bundle (TLS is inspected on the way out here), trusted by curl, git and pip; kept
# by a later `apt-get install ca-certificates`, which reads /usr/local/share/ca-certificates.
COPY lab-ca.crt /usr/local/share/ca-certificates/lab-ca.crt
RUN if command -v update-ca-certificates >/dev/null; then update-ca-certificates >/dev/null; fi
ENV GOPATH=/go GOLANG_VERSION=1.19 PATH=/go/bin:/usr/lib/go-1.19/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RUN mkdir -p /go/src /go/bin && chmod -R 1777 /go
WORKDIR /go
