# syntax=docker/dockerfile:1
FROM debian:12-slim
RUN <<EOT
apt-get update
apt-get install -y --no-install-recommends curl
rm -rf /var/lib/apt/lists/*
EOT
COPY <<EOF2 /etc/motd
hello from a heredoc
EOF2
CMD ["curl", "--version"]
