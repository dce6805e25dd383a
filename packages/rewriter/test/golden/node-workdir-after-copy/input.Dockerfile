FROM node:22-slim
COPY . /app
# the app's folder
WORKDIR /app
RUN npm ci --omit=dev
CMD ["node", "index.js"]
