FROM circleci/python:3.9
RUN sudo apt-get update && sudo apt-get install --no-install-recommends -y libpq-dev && sudo rm -rf /var/lib/apt/lists/*
USER root
RUN mkdir -p /opt/data
USER circleci
RUN sudo chown circleci /opt/data
