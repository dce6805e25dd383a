FROM python:3.12-slim
WORKDIR /srv
COPY . /srv
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "app.py"]
