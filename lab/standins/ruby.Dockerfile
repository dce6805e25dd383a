# Stand-in for ruby:3.1[-slim]: Debian's Ruby 3.1 with Bundler 2.3 (ruby-bundler), gems installed
# where the official image installs them (GEM_HOME and BUNDLE_APP_CONFIG /usr/local/bundle, its bin
# on PATH), so `bundle install` in one stage and `COPY --from=… /usr/local/bundle` in another work as
# there. The full variant adds a compiler and git as buildpack-deps does (far fewer -dev libraries).
ARG BASE
FROM ${BASE}
ARG TOOLS=""
RUN apt-get update \
 && apt-get install -y --no-install-recommends ruby3.1 ruby-bundler $TOOLS \
 && rm -rf /var/lib/apt/lists/*
# The machine's CA bundle (TLS is inspected on the way out here), trusted by curl, git and gem; kept
# by a later `apt-get install ca-certificates`, which reads /usr/local/share/ca-certificates.
COPY lab-ca.crt /usr/local/share/ca-certificates/lab-ca.crt
RUN if command -v update-ca-certificates >/dev/null; then update-ca-certificates >/dev/null; fi
ENV LANG=C.UTF-8 RUBY_VERSION=3.1 GEM_HOME=/usr/local/bundle BUNDLE_SILENCE_ROOT_WARNING=1 \
    BUNDLE_APP_CONFIG=/usr/local/bundle \
    PATH=/usr/local/bundle/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RUN mkdir -p "$GEM_HOME" && chmod 1777 "$GEM_HOME"
CMD ["irb"]
