# A Flask service, built the naive way
FROM alpine:3.20 AS build
RUN apk add --no-cache py3-pip python3
WORKDIR /app
RUN python3 -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

FROM alpine:3.20
RUN apk add --no-cache python3
WORKDIR /app
ENV PATH="/opt/venv/bin:$PATH"
COPY --from=build /opt/venv /opt/venv
COPY . .
USER 10001:10001
EXPOSE 5000
CMD ["python3", "src/app.py"]
