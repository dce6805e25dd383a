# Stand-in for golang:1.19: Debian's Go 1.19 with gcc and git, GOPATH /go as in the official image.
ARG BASE
FROM ${BASE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends golang-1.19-go gcc libc6-dev git pkg-config \
 && rm -rf /var/lib/apt/lists/*
ENV GOPATH=/go GOLANG_VERSION=1.19 PATH=/go/bin:/usr/lib/go-1.19/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RUN mkdir -p /go/src /go/bin && chmod -R 1777 /go
WORKDIR /go
