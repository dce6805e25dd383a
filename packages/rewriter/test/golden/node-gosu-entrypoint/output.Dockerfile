FROM node:20 AS build
RUN apt-get update && apt-get install --no-install-recommends -y gosu && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci && npm cache clean --force
RUN npm prune --omit=dev

FROM node:20-slim
RUN apt-get update && apt-get install --no-install-recommends -y gosu && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=build /app/node_modules /app/node_modules
COPY . .
ENTRYPOINT ["./docker-entrypoint.sh"]
CMD ["node", "server.js"]
