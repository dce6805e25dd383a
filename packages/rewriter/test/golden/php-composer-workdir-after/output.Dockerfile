FROM composer:2 AS deps
WORKDIR /app
COPY composer.json composer.lock* ./
RUN composer install --no-dev --no-scripts --no-autoloader --no-interaction
COPY . /app
RUN composer install --no-dev

FROM php:8.3-fpm
COPY --from=deps /app /var/www/html
