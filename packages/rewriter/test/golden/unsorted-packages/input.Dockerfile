FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends zlib1g curl ca-certificates curl && rm -rf /var/lib/apt/lists/*
CMD ["bash"]
