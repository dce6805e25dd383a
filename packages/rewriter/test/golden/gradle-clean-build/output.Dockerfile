FROM gradle:8.12-jdk21 AS build
WORKDIR /home/gradle/project
COPY build.gradle* settings.gradle* gradle.properties* gradlew ./
COPY gradle/ gradle/
RUN ./gradlew dependencies --no-daemon
COPY . .
RUN ./gradlew clean build -x test
# test fixtures are not needed in the image
RUN rm -rf src/test

FROM eclipse-temurin:21-jre
WORKDIR /home/gradle/project
COPY --from=build /home/gradle/project/build/libs/app.jar /home/gradle/project/build/libs/app.jar
USER 10001:10001
CMD ["java", "-jar", "build/libs/app.jar"]
