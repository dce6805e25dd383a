/**
 * The examples gallery: one naive Dockerfile per ecosystem, each with the mistakes people really
 * make, plus the classic naive Python example (../shared/PRACTICES.md, "The canonical example").
 * Written for this app; every one of them gets findings and a rewrite.
 */
import type { Localized } from '@dop/analyzer';

export interface Example {
  id: string;
  title: Localized;
  text: string;
}

export const EXAMPLES: Example[] = [
  {
    id: 'python-canonical',
    title: { en: 'Python: the classic naive image', ko: 'Python: 처음 쓰는 사람이 흔히 만드는 이미지' },
    text: `# A small Flask API, built the naive way
FROM alpine:3.20
RUN apk add --no-cache python3 py3-pip

WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
# pip is not needed at runtime, so remove it (does this shrink the image?)
RUN apk del py3-pip
EXPOSE 5000
CMD ["python3", "src/app.py"]
`,
  },
  {
    id: 'python',
    title: { en: 'Python (Debian, apt)', ko: 'Python (Debian, apt)' },
    text: `FROM python:latest
RUN apt-get update
RUN apt-get install build-essential libpq-dev curl
WORKDIR /srv
COPY . /srv
RUN pip install -r requirements.txt
ENV FLASK_ENV=production
EXPOSE 8000
CMD gunicorn --bind 0.0.0.0:8000 app:app
`,
  },
  {
    id: 'node',
    title: { en: 'Node.js (npm)', ko: 'Node.js (npm)' },
    text: `FROM node:20
WORKDIR /usr/src/app
COPY . .
RUN npm install
RUN npm run build
EXPOSE 3000
CMD npm start
`,
  },
  {
    id: 'go',
    title: { en: 'Go (single stage)', ko: 'Go (단일 스테이지)' },
    text: `FROM golang:1.22
WORKDIR /go/src/app
COPY . .
RUN go mod download
RUN go build -o /usr/local/bin/server ./cmd/server
EXPOSE 8080
ENTRYPOINT /usr/local/bin/server
`,
  },
  {
    id: 'java',
    title: { en: 'Java (Maven)', ko: 'Java (Maven)' },
    text: `FROM maven:3.9-eclipse-temurin-21
WORKDIR /app
COPY . .
RUN mvn package -DskipTests
EXPOSE 8080
CMD java -jar target/app.jar
`,
  },
  {
    id: 'rust',
    title: { en: 'Rust (cargo)', ko: 'Rust (cargo)' },
    text: `FROM rust:1.79
WORKDIR /usr/src/app
COPY . .
RUN cargo build --release
EXPOSE 8080
CMD ["./target/release/app"]
`,
  },
  {
    id: 'ruby',
    title: { en: 'Ruby (Bundler)', ko: 'Ruby (Bundler)' },
    text: `FROM ruby:3.3
RUN apt-get update && apt-get install -y nodejs
WORKDIR /app
COPY . .
RUN bundle install
EXPOSE 3000
CMD bundle exec rails server -b 0.0.0.0
`,
  },
  {
    id: 'php',
    title: { en: 'PHP (Composer)', ko: 'PHP (Composer)' },
    text: `FROM php:8.3-apache
RUN apt-get update
RUN apt-get install -y git unzip
RUN curl -sS https://getcomposer.org/installer | php -- --install-dir=/usr/local/bin --filename=composer
COPY . /var/www/html
RUN cd /var/www/html && composer install
EXPOSE 80
`,
  },
  {
    id: 'dotnet',
    title: { en: '.NET (dotnet publish)', ko: '.NET (dotnet publish)' },
    text: `FROM mcr.microsoft.com/dotnet/sdk:8.0
WORKDIR /src
COPY . .
RUN dotnet restore
RUN dotnet publish -c Release -o /app
WORKDIR /app
EXPOSE 8080
ENTRYPOINT dotnet Api.dll
`,
  },
  {
    id: 'static',
    title: { en: 'Static front end (npm build, nginx)', ko: '정적 프런트엔드 (npm 빌드, nginx)' },
    text: `FROM node:latest
WORKDIR /app
ADD . /app
RUN npm install
RUN npm run build
RUN apt-get update && apt-get install -y nginx
RUN cp -r dist/* /var/www/html/
EXPOSE 80
CMD nginx -g "daemon off;"
`,
  },
];

export const DEFAULT_EXAMPLE = EXAMPLES[0]!;
