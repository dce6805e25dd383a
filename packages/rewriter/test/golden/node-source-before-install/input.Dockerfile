FROM node:22-slim
WORKDIR /app
# the entrypoint and the shared protocol files
COPY docker-entrypoint.sh /usr/local/bin/
COPY pb/ /build/pb/
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["node", "index.js"]
