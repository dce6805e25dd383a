FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt /srv/
RUN pip install --no-cache-dir -r requirements.txt
COPY . /srv
CMD ["python", "app.py"]
