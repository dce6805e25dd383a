FROM gradle:8.10-jdk21
WORKDIR /home/gradle/project
COPY . .
RUN gradle build --no-daemon
EXPOSE 8080
CMD ["java", "-jar", "/home/gradle/project/build/libs/app.jar"]
