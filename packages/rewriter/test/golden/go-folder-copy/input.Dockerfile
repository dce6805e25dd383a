FROM golang:1.19 AS build
WORKDIR /go/src
COPY ./server/ ./server/
WORKDIR /go/src/server
RUN CGO_ENABLED=0 go build -o /out/server .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]
