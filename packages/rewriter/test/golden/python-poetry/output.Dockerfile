FROM python:3.12
WORKDIR /app
COPY pyproject.toml poetry.lock* poetry.toml* .python-version* ./
RUN pip install --no-cache-dir poetry && poetry config virtualenvs.create false && poetry install --no-root --only main
COPY . .
CMD ["python", "-m", "myapp"]
