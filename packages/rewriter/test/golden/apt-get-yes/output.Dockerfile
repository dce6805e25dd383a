FROM debian:12-slim
# tools for the health check
RUN apt-get update && apt-get install --no-install-recommends -y ca-certificates curl && rm -rf /var/lib/apt/lists/*
CMD ["curl", "--version"]
