FROM rust:1.80 AS build
WORKDIR /usr/src/app
COPY . .
RUN cargo build --release

FROM debian:bookworm-slim
WORKDIR /usr/src/app
COPY --from=build /usr/src/app/target/release/app /usr/src/app/target/release/app
USER 10001:10001
CMD ["./target/release/app"]
