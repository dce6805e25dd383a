FROM mcr.microsoft.com/dotnet/sdk:9.0
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -o /app/publish
EXPOSE 8080
CMD ["dotnet", "run"]
