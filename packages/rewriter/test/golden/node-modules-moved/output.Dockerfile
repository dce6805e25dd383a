FROM node:20
WORKDIR /app
COPY package*.json ./
RUN npm install && mv node_modules / && npm cache clean --force
COPY . .
CMD ["node", "server.js"]
