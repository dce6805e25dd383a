FROM eclipse-temurin:21-jdk AS build
WORKDIR /app
COPY build.gradle* settings.gradle* gradle.properties* gradlew ./
COPY gradle/ gradle/
RUN ./gradlew dependencies --no-daemon
COPY . .
RUN ./gradlew bootJar --no-daemon

FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /app/build/libs/app.jar /app/build/libs/app.jar
USER 10001:10001
CMD ["java", "-jar", "build/libs/app.jar"]
