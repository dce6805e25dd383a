FROM node:22-slim AS build
# the app's folder
WORKDIR /app
COPY package.json package-lock.json* npm-shrinkwrap.json* /app/
RUN npm ci --omit=dev && npm cache clean --force

FROM node:22-slim
WORKDIR /app
COPY package.json package-lock.json* npm-shrinkwrap.json* /app/
COPY --from=build /app/node_modules /app/node_modules
COPY . /app
USER 1000:1000
CMD ["node", "index.js"]
