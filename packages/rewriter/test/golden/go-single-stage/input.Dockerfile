FROM golang:1.22
WORKDIR /src
COPY . .
RUN go mod download
RUN go build -o /usr/local/bin/api ./cmd/api
EXPOSE 8080
CMD ["/usr/local/bin/api"]
