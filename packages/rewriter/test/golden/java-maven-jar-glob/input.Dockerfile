FROM maven:3.9-eclipse-temurin-21
COPY . /app
WORKDIR /app
RUN mvn -B package -DskipTests
EXPOSE 8080
CMD java -jar target/*.jar
