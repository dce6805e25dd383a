# Stand-in for php:8.2-apache: Debian's PHP 8.2 (php8.2-cli and libapache2-mod-php8.2) and Apache,
# laid out like the official image where Dockerfiles rely on it: the site in /var/www/html (emptied,
# owned by www-data, the WORKDIR), .php handled with index.php first, logs to stdout/stderr, Apache in
# the foreground through apache2-foreground behind docker-php-entrypoint, STOPSIGNAL SIGWINCH. The real
# image compiles PHP into /usr/local (php.ini under /usr/local/etc/php) and keeps a compiler for
# docker-php-ext-install; those helpers are not here (Debian's extensions come as php8.2-* packages).
ARG BASE
FROM ${BASE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends apache2 libapache2-mod-php8.2 php8.2-cli ca-certificates curl xz-utils \
 && rm -rf /var/lib/apt/lists/*
# The machine's CA bundle (TLS is inspected on the way out here), trusted by curl and PHP; kept by a
# later `apt-get install ca-certificates`, which reads /usr/local/share/ca-certificates.
COPY lab-ca.crt /usr/local/share/ca-certificates/lab-ca.crt
RUN update-ca-certificates >/dev/null
ENV APACHE_CONFDIR=/etc/apache2 APACHE_ENVVARS=/etc/apache2/envvars PHP_VERSION=8.2
# As the official image: prefork with mod_php, run/lock/log folders anyone may write, logs to the
# container's output, an empty /var/www/html owned by www-data.
RUN set -e; . "$APACHE_ENVVARS"; \
    a2dismod -f mpm_event mpm_worker >/dev/null 2>&1 || true; a2enmod mpm_prefork php8.2 >/dev/null; \
    for dir in "$APACHE_LOCK_DIR" "$APACHE_RUN_DIR" "$APACHE_LOG_DIR"; do \
      rm -rf "$dir"; mkdir -p "$dir"; chown "$APACHE_RUN_USER:$APACHE_RUN_GROUP" "$dir"; chmod 1777 "$dir"; done; \
    ln -sfT /dev/stderr "$APACHE_LOG_DIR/error.log"; \
    ln -sfT /dev/stdout "$APACHE_LOG_DIR/access.log"; \
    ln -sfT /dev/stdout "$APACHE_LOG_DIR/other_vhosts_access.log"; \
    chown -R --no-dereference "$APACHE_RUN_USER:$APACHE_RUN_GROUP" "$APACHE_LOG_DIR"; \
    rm -rf /var/www/html; mkdir -p /var/www/html; chown -R www-data:www-data /var/www; chmod 777 /var/www/html; \
    printf '%s\n' '<FilesMatch \.php$>' '	SetHandler application/x-httpd-php' '</FilesMatch>' '' \
      'DirectoryIndex disabled' 'DirectoryIndex index.php index.html' '' \
      '<Directory /var/www/>' '	Options -Indexes' '	AllowOverride All' '</Directory>' \
      > /etc/apache2/conf-available/docker-php.conf; \
    a2enconf docker-php >/dev/null
COPY php-apache2-foreground /usr/local/bin/apache2-foreground
COPY php-docker-entrypoint /usr/local/bin/docker-php-entrypoint
RUN chmod +x /usr/local/bin/apache2-foreground /usr/local/bin/docker-php-entrypoint
ENTRYPOINT ["docker-php-entrypoint"]
STOPSIGNAL SIGWINCH
WORKDIR /var/www/html
EXPOSE 80
CMD ["apache2-foreground"]
