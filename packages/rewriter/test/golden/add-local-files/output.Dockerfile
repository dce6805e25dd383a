FROM debian:12-slim
ADD app.sh /usr/local/bin/app.sh
ADD config/ /etc/app/
ADD https://example.com/tool.tar.gz /tmp/tool.tar.gz
CMD ["/usr/local/bin/app.sh"]
