FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci && npm cache clean --force
COPY . .
RUN npm prune --omit=dev

FROM node:22-slim
WORKDIR /app
COPY --from=build /app /app
USER 10001:10001
CMD ["node", "index.js"]
