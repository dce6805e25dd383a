FROM golang:1.19 AS build
# build where the source is
WORKDIR /src
COPY go.mod ./
RUN go mod download
COPY . /src
RUN CGO_ENABLED=0 go build -o /out/server .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]
