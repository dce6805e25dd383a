FROM ruby:3.3
RUN apt-get update && apt-get install -y build-essential default-libmysqlclient-dev libxml2-dev nodejs
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .
CMD ["bundle", "exec", "rails", "server", "-b", "0.0.0.0"]
