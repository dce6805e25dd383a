FROM debian:12
RUN apt-get update && apt-get install -y curl wget
RUN curl -fsSL https://example.com/install.sh | sh
