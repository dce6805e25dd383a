FROM python:3.12
WORKDIR /app
COPY requirements.txt .
RUN pip install --user -r requirements.txt
COPY . .
CMD ["python", "app.py"]
