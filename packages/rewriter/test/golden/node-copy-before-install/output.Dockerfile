FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json* npm-shrinkwrap.json* ./
RUN npm ci
COPY . .
RUN npm run build && npm cache clean --force
RUN npm prune --omit=dev

FROM node:22-slim
WORKDIR /app
COPY --from=build /app /app
USER 1000:1000
EXPOSE 3000
CMD ["node", "dist/server.js"]
