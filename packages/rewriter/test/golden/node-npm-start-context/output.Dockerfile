FROM node:20 AS build
WORKDIR /app
COPY package.json package-lock.json* npm-shrinkwrap.json* ./
RUN npm ci && npm cache clean --force
RUN npm prune --omit=dev

FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json* npm-shrinkwrap.json* ./
COPY --from=build /app/node_modules /app/node_modules
COPY . .
USER 1000:1000
EXPOSE 3000
CMD ["node", "server.js"]
