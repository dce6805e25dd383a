FROM node:20
WORKDIR /app
COPY . .
RUN npm install
RUN npm run build
RUN apt-get update
RUN apt-get install -y nginx
RUN cp -r dist/* /var/www/html/
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
