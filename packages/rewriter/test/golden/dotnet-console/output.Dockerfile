FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY Worker.csproj ./
RUN dotnet restore Worker.csproj
COPY . .
RUN dotnet publish Worker.csproj -c Release -o /app
WORKDIR /app

FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY --from=build /app /app/
USER $APP_UID
ENTRYPOINT ["dotnet", "Worker.dll"]
