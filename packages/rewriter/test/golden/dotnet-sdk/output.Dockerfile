FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY *.csproj ./
RUN dotnet restore
COPY . .
RUN dotnet publish -c Release -o /app/out
WORKDIR /app/out

FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app/out
COPY --from=build /app/out /app/out/
USER $APP_UID
ENTRYPOINT ["dotnet", "Api.dll"]
