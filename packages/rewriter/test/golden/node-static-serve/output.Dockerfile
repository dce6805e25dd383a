FROM node:20 AS build
WORKDIR /app
COPY package.json package-lock.json* npm-shrinkwrap.json* ./
RUN npm install
COPY . .
RUN npm run build && npm cache clean --force

FROM nginxinc/nginx-unprivileged:1.27-alpine
COPY --from=build /app/build /usr/share/nginx/html
EXPOSE 8080
