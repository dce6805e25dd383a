FROM nginx:1.27-alpine
LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
COPY site/ /usr/share/nginx/html/
