FROM node:20 AS build
WORKDIR /app
COPY package.json package-lock.json* npm-shrinkwrap.json* ./
RUN npm install && npm cache clean --force
COPY . .
RUN npm run build

FROM debian:bookworm-slim
RUN apt-get update && apt-get install --no-install-recommends -y nginx && rm -rf /var/lib/apt/lists/*
COPY --from=build /app/dist/ /var/www/html/
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
