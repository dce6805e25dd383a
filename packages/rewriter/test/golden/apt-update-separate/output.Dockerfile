FROM ubuntu:24.04
# the web server
RUN apt-get update && apt-get install -y nginx
CMD ["nginx", "-g", "daemon off;"]
