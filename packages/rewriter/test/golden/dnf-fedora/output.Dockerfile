FROM fedora:40
RUN dnf install --setopt=install_weak_deps=False -y nginx && dnf clean all
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
