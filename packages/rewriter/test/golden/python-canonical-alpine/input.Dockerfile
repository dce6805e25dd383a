# A Flask service, built the naive way
FROM alpine:3.20
RUN apk add --no-cache python3 py3-pip

WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
# pip is not needed any more
RUN apk del py3-pip
EXPOSE 5000
CMD ["python3", "src/app.py"]
