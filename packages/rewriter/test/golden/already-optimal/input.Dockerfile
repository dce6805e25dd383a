# syntax=docker/dockerfile:1
FROM python:3.12-slim AS build
WORKDIR /app
RUN python3 -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
WORKDIR /app
ENV PATH="/opt/venv/bin:$PATH"
COPY --from=build /opt/venv /opt/venv
COPY src/ ./src/
USER 10001:10001
CMD ["python", "-m", "src.app"]
