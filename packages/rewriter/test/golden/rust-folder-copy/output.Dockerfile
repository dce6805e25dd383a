FROM rust:1.63 AS build
WORKDIR /app
COPY shipping/Cargo.toml ./
RUN mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo build --release && rm -rf src target/release/.fingerprint/shipping-* target/release/deps/shipping-*
COPY ./shipping/ /app/
RUN cargo build --release

FROM debian:bookworm-slim
COPY --from=build /app/target/release/shipping /usr/local/bin/shipping
CMD ["shipping"]
