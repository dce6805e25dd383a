FROM alpine:3.20
RUN apk update && apk add --no-cache curl git
COPY entrypoint.sh /usr/local/bin/entrypoint.sh
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
