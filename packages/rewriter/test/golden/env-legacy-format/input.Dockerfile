FROM node:22-slim
ENV NODE_ENV production
ENV PORT 8080
LABEL version 1.0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
