FROM fedora:40
RUN dnf install nginx
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
