FROM golang:1.19 AS build
COPY . /src
# build where the source is
WORKDIR /src
RUN CGO_ENABLED=0 go build -o /out/server .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]
