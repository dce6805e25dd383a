FROM gradle:8.10-jdk21 AS build
WORKDIR /home/gradle/project
COPY build.gradle* settings.gradle* gradle.properties* ./
RUN gradle dependencies --no-daemon
COPY . .
RUN gradle build --no-daemon

FROM eclipse-temurin:21-jre
WORKDIR /home/gradle/project
COPY --from=build /home/gradle/project/build/libs/app.jar /home/gradle/project/build/libs/app.jar
USER 10001:10001
EXPOSE 8080
CMD ["java", "-jar", "/home/gradle/project/build/libs/app.jar"]
