FROM python:3.12-slim AS build
WORKDIR /srv
RUN python3 -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt /srv/
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
WORKDIR /srv
ENV PATH="/opt/venv/bin:$PATH"
COPY --from=build /opt/venv /opt/venv
COPY . /srv
USER 10001:10001
CMD ["python", "app.py"]
