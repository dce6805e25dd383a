FROM rust:1.63 AS build
WORKDIR /app
COPY ./shipping/ /app/
RUN cargo build --release

FROM debian:bookworm-slim
COPY --from=build /app/target/release/shipping /usr/local/bin/shipping
CMD ["shipping"]
