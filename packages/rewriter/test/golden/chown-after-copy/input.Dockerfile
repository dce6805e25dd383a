FROM ruby:3.3-slim
RUN useradd -m -u 10001 app
WORKDIR /home/app/site
COPY . .
RUN chown -R app:app /home/app/site
USER 10001
CMD ["bundle", "exec", "puma"]
