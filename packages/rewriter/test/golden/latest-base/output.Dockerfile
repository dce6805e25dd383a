FROM node:latest AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm prune --omit=dev

FROM node:slim
WORKDIR /app
COPY --from=build /app /app
USER 10001:10001
CMD ["node", "index.js"]
