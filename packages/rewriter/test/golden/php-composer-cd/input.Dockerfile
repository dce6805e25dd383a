FROM php:8.3-apache
RUN apt-get update
RUN apt-get install -y git unzip
RUN curl -sS https://getcomposer.org/installer | php -- --install-dir=/usr/local/bin --filename=composer
COPY . /var/www/html
RUN cd /var/www/html && composer install
EXPOSE 80
