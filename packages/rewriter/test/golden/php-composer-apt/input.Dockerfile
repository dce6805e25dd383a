FROM php:8.2-apache
COPY . /var/www/html
WORKDIR /var/www/html
RUN apt-get update && apt-get install -y composer unzip
RUN composer install
EXPOSE 80
