FROM python:3.11-slim
ENV APP_HOME=/app
WORKDIR $APP_HOME
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY *.py *.txt ./
CMD ["python", "app.py"]
