FROM ruby:3.3 AS build
RUN apt-get update && apt-get install --no-install-recommends -y build-essential default-libmysqlclient-dev libxml2-dev nodejs && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install

FROM ruby:3.3-slim
RUN apt-get update && apt-get install --no-install-recommends -y libmariadb3 libxml2 nodejs && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /usr/local/bundle /usr/local/bundle
COPY . .
RUN mkdir -p tmp log storage && chown -R 10001:10001 tmp log storage
USER 10001:10001
CMD ["bundle", "exec", "rails", "server", "-b", "0.0.0.0"]
