FROM node:22-slim
WORKDIR /app
ONBUILD COPY package.json package-lock.json ./
ONBUILD RUN npm ci && npm cache clean --force
ONBUILD COPY . .
CMD ["node", "index.js"]
