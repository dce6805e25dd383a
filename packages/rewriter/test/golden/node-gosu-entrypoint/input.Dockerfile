FROM node:20
RUN apt-get update && apt-get install -y gosu
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
ENTRYPOINT ["./docker-entrypoint.sh"]
CMD ["node", "server.js"]
