FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates
RUN curl -fsSL -o /tmp/tool.tar.gz https://example.com/tool.tar.gz
RUN tar -xzf /tmp/tool.tar.gz -C /usr/local/bin
RUN rm -rf /tmp/tool.tar.gz /var/lib/apt/lists/*
CMD ["tool"]
