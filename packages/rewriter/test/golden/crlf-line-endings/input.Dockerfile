FROM debian:12-slim
RUN apt-get update
RUN apt-get install -y curl
CMD ["curl", "--version"]
