FROM python:3.11
WORKDIR /app
COPY . .
RUN python -m venv /opt/venv
RUN /opt/venv/bin/pip install -r requirements.txt
EXPOSE 5000
CMD ["/opt/venv/bin/python", "app.py"]
