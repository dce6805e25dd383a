# A tools image: the list grew one package at a time
FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends wget jq git curl ca-certificates unzip jq && rm -rf /var/lib/apt/lists/*
CMD ["bash"]
