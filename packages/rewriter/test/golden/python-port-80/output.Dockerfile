FROM python:3.12 AS build
RUN apt-get update && apt-get install --no-install-recommends -y gcc libxml2-dev libxslt1-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
RUN python3 -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
RUN apt-get update && apt-get install --no-install-recommends -y libxml2 libxslt1.1 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV PATH="/opt/venv/bin:$PATH"
COPY --from=build /opt/venv /opt/venv
COPY . .
EXPOSE 80
CMD ["gunicorn", "-b", "0.0.0.0:80", "app:app"]
