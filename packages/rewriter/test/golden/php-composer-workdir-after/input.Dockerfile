FROM composer:2 AS deps
COPY . /app
WORKDIR /app
RUN composer install --no-dev

FROM php:8.3-fpm
COPY --from=deps /app /var/www/html
