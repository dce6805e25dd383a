FROM python:3.12
RUN apt-get update && apt-get install -y gcc libxml2-dev libxslt1-dev
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
EXPOSE 80
CMD ["gunicorn", "-b", "0.0.0.0:80", "app:app"]
