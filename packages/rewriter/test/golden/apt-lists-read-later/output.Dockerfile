FROM ubuntu:24.04
RUN apt-get update && apt-get install --no-install-recommends -y software-properties-common && rm -rf /var/lib/apt/lists/*
RUN add-apt-repository -y ppa:deadsnakes/ppa && apt-get update
RUN apt-get install --no-install-recommends -y python3.12
RUN apt-get install --no-install-recommends -y ca-certificates git && rm -rf /var/lib/apt/lists/*
CMD ["python3.12"]
