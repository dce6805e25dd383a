FROM node:20 AS build
WORKDIR /usr/src/app
COPY package.json yarn.lock* .yarnrc.yml* ./
RUN yarn install && yarn cache clean
COPY . .
RUN yarn build

FROM node:20-slim
WORKDIR /usr/src/app
COPY --from=build /usr/src/app /usr/src/app
USER 1000:1000
EXPOSE 8080
CMD ["node", "build/server.js"]
