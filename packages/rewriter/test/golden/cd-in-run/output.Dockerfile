FROM debian:12-slim AS build
WORKDIR /opt
RUN apt-get update && apt-get install -y --no-install-recommends gcc make && rm -rf /var/lib/apt/lists/*
COPY . /src
WORKDIR /src
RUN make && make install
WORKDIR /opt
RUN ls

FROM debian:12-slim
COPY --from=build /usr/local/bin/tool /usr/local/bin/tool
RUN cd /tmp && tool --selftest
CMD ["tool"]
