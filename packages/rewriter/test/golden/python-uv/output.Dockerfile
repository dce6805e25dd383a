FROM python:3.12
WORKDIR /app
COPY pyproject.toml uv.lock* uv.toml* .python-version* ./
RUN pip install --no-cache-dir uv && uv sync --frozen --no-install-project
COPY . .
RUN uv sync --frozen
CMD ["uv", "run", "python", "main.py"]
