FROM php:8.3-apache
WORKDIR /var/www/html
COPY . .
RUN apt-get update && apt-get install -y unzip && curl -sS https://getcomposer.org/installer | php -- --install-dir=/usr/local/bin --filename=composer
RUN composer install --no-dev
EXPOSE 80
