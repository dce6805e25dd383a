FROM ubuntu:24.04 AS build
RUN apt-get update && apt-get install --no-install-recommends -y python3 python3-pip python3-venv && rm -rf /var/lib/apt/lists/*
WORKDIR /app
RUN python3 -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt ./
RUN pip3 install --no-cache-dir -r requirements.txt

FROM ubuntu:24.04
RUN apt-get update && apt-get install --no-install-recommends -y python3 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV PATH="/opt/venv/bin:$PATH"
COPY --from=build /opt/venv /opt/venv
COPY . .
USER 10001:10001
CMD ["python3", "app.py"]
