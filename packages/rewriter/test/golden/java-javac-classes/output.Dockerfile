FROM eclipse-temurin:17-jdk AS build
WORKDIR /app
COPY . .
RUN javac Main.java

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /app/*.class /app/
USER 10001:10001
EXPOSE 8081
CMD ["java", "Main"]
