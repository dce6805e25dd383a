FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci && npm cache clean --force
RUN npm prune --omit=dev

FROM node:22-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=build /app/node_modules /app/node_modules
COPY . .
USER 1000:1000
CMD ["node", "index.js"]
