# Stand-in for composer:2: Debian's Composer 2.5 on Debian's PHP 8.2 CLI, with git, unzip and zip as
# in the official image, WORKDIR /app, COMPOSER_HOME=/tmp and COMPOSER_ALLOW_SUPERUSER=1. The real
# image is Alpine with PHP built into /usr/local and a self-contained composer.phar at /usr/bin/composer
# (here /usr/bin/composer needs Debian's /usr/share/php libraries, so copying it alone out of the image
# does not work). Packagist is not reachable here: only projects without packages install.
ARG BASE
FROM ${BASE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends composer php8.2-cli php8.2-zip git unzip zip ca-certificates curl \
 && rm -rf /var/lib/apt/lists/*
COPY lab-ca.crt /usr/local/share/ca-certificates/lab-ca.crt
RUN update-ca-certificates >/dev/null
ENV COMPOSER_ALLOW_SUPERUSER=1 COMPOSER_HOME=/tmp PHP_VERSION=8.2
WORKDIR /app
CMD ["composer"]
