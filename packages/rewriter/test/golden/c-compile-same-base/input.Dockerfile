FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y gcc libc6-dev
COPY hello.c /src/hello.c
RUN gcc -O2 -o /usr/local/bin/hello /src/hello.c
RUN apt-get purge -y gcc libc6-dev && apt-get autoremove -y && rm -rf /var/lib/apt/lists/* /src
CMD ["hello"]
