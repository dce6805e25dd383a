FROM debian:12-slim
# tools for the health check
RUN apt-get update && apt-get install curl
CMD ["curl", "--version"]
