FROM node:20
WORKDIR /project
RUN yarn global add nodemon@3.1.0
COPY package.json yarn.lock* .yarnrc.yml* ./
RUN yarn install && yarn cache clean
COPY . .
ENV HOST=0.0.0.0
CMD ["nodemon", "index.js"]
