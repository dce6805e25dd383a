FROM node:14-bullseye AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci && npm cache clean --force
RUN npm prune --production

FROM node:14-bullseye-slim
WORKDIR /app
COPY package*.json ./
COPY --from=build /app/node_modules /app/node_modules
COPY . .
USER 1000:1000
CMD ["node", "server.js"]
