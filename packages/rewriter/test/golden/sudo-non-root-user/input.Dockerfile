FROM circleci/python:3.9
RUN sudo apt-get update && sudo apt-get install -y libpq-dev
USER root
RUN sudo mkdir -p /opt/data
USER circleci
RUN sudo chown circleci /opt/data
