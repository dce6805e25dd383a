# Stand-in for python:3.11[-slim]: Debian's Python 3.11 with venv and pip (python → python3), the
# "externally managed" marker removed so pip behaves as in the official images.
ARG BASE
FROM ${BASE}
ARG TOOLS=""
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 python3-venv python3-pip python-is-python3 $TOOLS \
 && rm -rf /var/lib/apt/lists/* /usr/lib/python3.11/EXTERNALLY-MANAGED
# The machine's CA bundle (TLS is inspected on the way out here), trusted by curl, git and pip; kept
# by a later `apt-get install ca-certificates`, which reads /usr/local/share/ca-certificates.
COPY lab-ca.crt /usr/local/share/ca-certificates/lab-ca.crt
RUN if command -v update-ca-certificates >/dev/null; then update-ca-certificates >/dev/null; fi
ENV LANG=C.UTF-8 PYTHON_VERSION=3.11
CMD ["python3"]
