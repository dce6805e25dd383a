FROM eclipse-temurin:21-jdk
WORKDIR /app
COPY . .
RUN ./gradlew bootJar --no-daemon
CMD ["java", "-jar", "build/libs/app.jar"]
