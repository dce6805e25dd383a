FROM ubuntu:24.04
RUN apt-get update
# the web server
RUN apt-get install -y nginx
CMD ["nginx", "-g", "daemon off;"]
