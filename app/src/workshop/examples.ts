/**
 * The examples gallery: one naive Dockerfile per ecosystem, each with the mistakes people really
 * make, plus the classic naive Python example (../shared/PRACTICES.md, "The canonical example").
 * Written for this app; every one of them gets findings and a rewrite.
 */
import type { Localized } from '@dop/analyzer';
import { localizedComments } from './comments';

export interface Example {
  id: string;
  title: Localized;
  /** The Dockerfile in English (its comments too). */
  text: string;
  /** The Dockerfile with its comments in each language. */
  texts: Localized;
}

/** An example whose `#` comments are written `{{english|한국어}}`. */
function example(id: string, title: Localized, template: string): Example {
  const texts = localizedComments(template);
  return { id, title, text: texts.en, texts };
}

export const EXAMPLES: Example[] = [
  example(
    'python-canonical',
    { en: 'Python: the classic naive image', ko: 'Python: 처음 쓰는 사람이 흔히 만드는 이미지' },
    `# {{A small Flask API, built the way many first Dockerfiles are|처음 Dockerfile을 쓸 때 흔히 만드는 작은 Flask API}}
FROM alpine:3.20
RUN apk add --no-cache python3 py3-pip

WORKDIR /app
COPY . .
# {{Alpine 3.19+ refuses pip in the system Python (PEP 668); the error suggests this flag|Alpine 3.19부터는 시스템 Python에 pip install을 하면 거부합니다(PEP 668). 오류 메시지가 이 옵션을 알려 줍니다}}
RUN pip install --break-system-packages -r requirements.txt
# {{pip is not needed at run time, so remove it (does this shrink the image?)|pip는 실행할 때 필요 없으니 지우면 이미지가 작아질까요?}}
RUN apk del py3-pip
EXPOSE 5000
CMD ["python3", "src/app.py"]
`,
  ),
  example(
    'python',
    { en: 'Python (Debian, apt)', ko: 'Python (Debian, apt)' },
    `FROM python:latest
RUN apt-get update
RUN apt-get install build-essential libpq-dev curl
WORKDIR /srv
COPY . /srv
RUN pip install -r requirements.txt
ENV FLASK_ENV=production
EXPOSE 8000
CMD gunicorn --bind 0.0.0.0:8000 app:app
`,
  ),
  example(
    'node',
    { en: 'Node.js (npm)', ko: 'Node.js (npm)' },
    `FROM node:20
WORKDIR /usr/src/app
COPY . .
RUN npm install
RUN npm run build
EXPOSE 3000
CMD npm start
`,
  ),
  example(
    'go',
    { en: 'Go (single stage)', ko: 'Go (단일 스테이지)' },
    `FROM golang:1.22
WORKDIR /go/src/app
COPY . .
RUN go mod download
RUN go build -o /usr/local/bin/server ./cmd/server
EXPOSE 8080
ENTRYPOINT /usr/local/bin/server
`,
  ),
  example(
    'java',
    { en: 'Java (Maven)', ko: 'Java (Maven)' },
    `FROM maven:3.9-eclipse-temurin-21
WORKDIR /app
COPY . .
RUN mvn package -DskipTests
EXPOSE 8080
CMD java -jar target/app.jar
`,
  ),
  example(
    'rust',
    { en: 'Rust (cargo)', ko: 'Rust (cargo)' },
    `FROM rust:1.79
WORKDIR /usr/src/app
COPY . .
RUN cargo build --release
EXPOSE 8080
CMD ["./target/release/app"]
`,
  ),
  example(
    'ruby',
    { en: 'Ruby (Bundler)', ko: 'Ruby (Bundler)' },
    `FROM ruby:3.3
RUN apt-get update && apt-get install -y nodejs
WORKDIR /app
COPY . .
RUN bundle install
EXPOSE 3000
CMD bundle exec rails server -b 0.0.0.0
`,
  ),
  example(
    'php',
    { en: 'PHP (Composer)', ko: 'PHP (Composer)' },
    `FROM php:8.3-apache
RUN apt-get update
RUN apt-get install -y git unzip
RUN curl -sS https://getcomposer.org/installer | php -- --install-dir=/usr/local/bin --filename=composer
COPY . /var/www/html
RUN cd /var/www/html && composer install
EXPOSE 80
`,
  ),
  example(
    'dotnet',
    { en: '.NET (dotnet publish)', ko: '.NET (dotnet publish)' },
    `FROM mcr.microsoft.com/dotnet/sdk:8.0
WORKDIR /src
COPY . .
RUN dotnet restore
RUN dotnet publish -c Release -o /app
WORKDIR /app
EXPOSE 8080
ENTRYPOINT dotnet Api.dll
`,
  ),
  example(
    'static',
    { en: 'Static front end (npm build, nginx)', ko: '정적 프런트엔드 (npm 빌드, nginx)' },
    `FROM node:20
WORKDIR /app
ADD . /app
RUN npm install
RUN npm run build
RUN apt-get update && apt-get install -y nginx
RUN cp -r dist/* /var/www/html/
EXPOSE 80
CMD nginx -g "daemon off;"
`,
  ),
];

export const DEFAULT_EXAMPLE = EXAMPLES[0]!;
