FROM debian:12-slim
# tools for the health check
RUN apt-get update && apt-get install -y curl
CMD ["curl", "--version"]
