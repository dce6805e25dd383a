FROM python:3.12-slim
WORKDIR /app
COPY . .
# curl for the health check
RUN apt-get update && apt-get install -y curl
RUN useradd --create-home app
RUN pip install -r requirements.txt
USER app
CMD ["python", "app.py"]
