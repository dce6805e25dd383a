FROM opensuse/leap:15.6
RUN zypper install curl
CMD ["curl", "--version"]
