FROM alpine:3.20
RUN apk add --no-cache py3-pip python3
RUN python3 -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
RUN pip install --no-cache-dir flask
COPY . /app
CMD ["python3", "/app/app.py"]
