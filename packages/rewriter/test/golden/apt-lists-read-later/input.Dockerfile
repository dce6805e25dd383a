FROM ubuntu:24.04
RUN apt-get update && apt-get install -y software-properties-common
RUN add-apt-repository -y ppa:deadsnakes/ppa && apt-get update
RUN apt-get install -y python3.12
RUN apt-get install -y git
CMD ["python3.12"]
