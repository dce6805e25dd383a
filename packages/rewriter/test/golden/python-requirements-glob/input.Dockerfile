FROM python:3.11-slim
ENV APP_HOME=/app
WORKDIR $APP_HOME
COPY *.py *.txt ./
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "app.py"]
