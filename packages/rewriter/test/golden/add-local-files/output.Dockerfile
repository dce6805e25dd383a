FROM debian:12-slim
COPY app.sh /usr/local/bin/app.sh
COPY config/ /etc/app/
ADD https://example.com/tool.tar.gz /tmp/tool.tar.gz
CMD ["/usr/local/bin/app.sh"]
