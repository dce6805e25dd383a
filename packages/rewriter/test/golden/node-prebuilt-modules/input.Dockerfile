# node_modules is built on CI and shipped in the context
FROM node:20-slim
WORKDIR /app
COPY . .
CMD ["node", "server.js"]
