FROM nginx:1.27-alpine
MAINTAINER Jane Doe <jane@example.com>
COPY site/ /usr/share/nginx/html/
