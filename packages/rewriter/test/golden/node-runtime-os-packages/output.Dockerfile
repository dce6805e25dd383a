# An image service: imagemagick is needed at run time, g++ and make only to build native modules
FROM node:20 AS build
RUN apt-get update && apt-get install -y --no-install-recommends g++ imagemagick make && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

FROM node:20-slim
RUN apt-get update && apt-get install -y --no-install-recommends imagemagick && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
COPY --from=build /usr/src/app/node_modules /usr/src/app/node_modules
COPY . .
USER 1000:1000
EXPOSE 8080
CMD ["node", "server.js"]
