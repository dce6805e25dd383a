FROM node:22-slim AS build
ENV NODE_ENV=production \
    PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

FROM node:22-slim
ENV NODE_ENV=production \
    PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=build /app/node_modules /app/node_modules
COPY . .
LABEL version=1.0
USER 1000:1000
CMD ["node", "server.js"]
