FROM alpine:3.20
RUN apk add python3 py3-pip
RUN pip install flask
COPY . /app
CMD ["python3", "/app/app.py"]
