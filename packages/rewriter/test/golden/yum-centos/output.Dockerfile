FROM centos:7
RUN yum install httpd
EXPOSE 80
CMD ["httpd", "-DFOREGROUND"]
