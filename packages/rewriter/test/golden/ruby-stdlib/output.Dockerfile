FROM ruby:3.1 AS build
WORKDIR /app
COPY Gemfile Gemfile.lock* ./
RUN bundle install

FROM ruby:3.1-slim
WORKDIR /app
COPY --from=build /usr/local/bundle /usr/local/bundle
COPY . .
RUN mkdir -p tmp log storage && chown -R 10001:10001 tmp log storage
USER 10001:10001
EXPOSE 4567
CMD ["ruby", "app.rb"]
