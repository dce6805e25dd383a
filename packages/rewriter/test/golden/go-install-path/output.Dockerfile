FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum* ./
RUN go mod download
COPY . .
RUN go install ./cmd/api

FROM gcr.io/distroless/base-debian12:nonroot
WORKDIR /src
COPY --from=build /go/bin/api /usr/local/bin/api
USER 65532:65532
CMD ["api"]
