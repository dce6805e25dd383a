FROM rust:1.80 AS build
WORKDIR /app
COPY Cargo.toml Cargo.lock* ./
RUN mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo fetch && rm -r src
COPY . .
RUN cargo install --path .

FROM gcr.io/distroless/cc-debian12:nonroot
WORKDIR /app
COPY --from=build /usr/local/cargo/bin/myapp /usr/local/bin/myapp
USER 65532:65532
CMD ["myapp"]
