FROM node:20
WORKDIR /project
COPY . .
RUN yarn global add nodemon@3.1.0
RUN yarn install && yarn cache clean
ENV HOST=0.0.0.0
CMD ["nodemon", "index.js"]
