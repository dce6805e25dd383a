FROM gradle:8.12-jdk21
WORKDIR /home/gradle/project
COPY . .
RUN ./gradlew clean build -x test
# test fixtures are not needed in the image
RUN rm -rf src/test
CMD ["java", "-jar", "build/libs/app.jar"]
