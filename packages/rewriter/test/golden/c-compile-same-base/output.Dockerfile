FROM debian:bookworm-slim AS build
RUN apt-get update && apt-get install --no-install-recommends -y gcc libc6-dev && rm -rf /var/lib/apt/lists/*
COPY hello.c /src/hello.c
RUN gcc -O2 -o /usr/local/bin/hello /src/hello.c

FROM debian:bookworm-slim
COPY --from=build /usr/local/bin/hello /usr/local/bin/hello
USER 10001:10001
CMD ["hello"]
