# An image service: imagemagick is needed at run time, g++ and make only to build native modules
FROM node:20
RUN apt-get update && apt-get install -y --no-install-recommends imagemagick g++ make && rm -rf /var/lib/apt/lists/*
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
EXPOSE 8080
CMD ["node", "server.js"]
