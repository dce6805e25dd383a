FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

FROM node:22 AS build
WORKDIR /app
COPY package.json package-lock.json* npm-shrinkwrap.json* ./
RUN npm ci
COPY . .
RUN npm run build && npm cache clean --force
RUN rm -rf node_modules

FROM node:22-slim
WORKDIR /app
COPY --from=deps /app/node_modules /app/node_modules
COPY --from=build /app /app
USER 1000:1000
EXPOSE 3000
CMD ["node", "dist/server.js"]
