FROM rust:1.80 AS build
WORKDIR /usr/src/app
COPY Cargo.toml Cargo.lock* ./
RUN mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo fetch && rm -r src
COPY . .
RUN cargo build --release

FROM debian:bookworm-slim
WORKDIR /usr/src/app
COPY --from=build /usr/src/app/target/release/app /usr/src/app/target/release/app
USER 10001:10001
CMD ["./target/release/app"]
