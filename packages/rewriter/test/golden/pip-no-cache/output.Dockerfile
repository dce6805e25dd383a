FROM python:3.12-slim
WORKDIR /srv
RUN pip install --no-cache-dir flask==3.0.3 gunicorn==22.0.0
COPY app.py .
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
