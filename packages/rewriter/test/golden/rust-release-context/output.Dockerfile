FROM rust:1.80 AS build
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo build --release && rm -rf src target/release/.fingerprint/myapp-* target/release/deps/myapp-*
COPY . .
RUN cargo build --release

FROM gcr.io/distroless/cc-debian12:nonroot
WORKDIR /app
COPY --from=build /app/target/release/myapp /app/target/release/myapp
USER 65532:65532
CMD ["./target/release/myapp"]
