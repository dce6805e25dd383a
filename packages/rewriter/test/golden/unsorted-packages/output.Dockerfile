FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl zlib1g && rm -rf /var/lib/apt/lists/*
CMD ["bash"]
