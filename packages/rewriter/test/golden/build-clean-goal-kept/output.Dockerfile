FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B dependency:go-offline
COPY . .
RUN mvn clean package

FROM eclipse-temurin:21-jre
WORKDIR /src
COPY --from=build /src/target/svc.jar /src/target/svc.jar
USER 10001:10001
CMD ["java","-jar","target/svc.jar"]
