FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock* ./
RUN composer install --no-interaction --prefer-dist --no-scripts --ignore-platform-reqs --no-autoloader
COPY . .
RUN composer dump-autoload --optimize

FROM php:8.2-apache
COPY . /var/www/html
COPY --from=vendor /app/vendor /var/www/html/vendor
WORKDIR /var/www/html
EXPOSE 80
